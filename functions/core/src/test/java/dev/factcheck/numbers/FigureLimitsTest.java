package dev.factcheck.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureLimitsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "14000                                          | -",
            "4000000000                                     | -",
            "0.0045                                         | -",
            "0                                              | -",
            "1234567890.123456789012345678901234567890      | -",
            "1234567890123456789012345678901234567890       | exponent beyond ±30",
            "12345678901234567890123456789012345678901      | more than 40 significant digits",
            "0.12345678901234567890123456789012345678901    | more than 40 significant digits",
            "1e30                                           | -",
            "1e31                                           | exponent beyond ±30",
            "1e-30                                          | -",
            "1e-31                                          | exponent beyond ±30",
            "1e999999999                                    | exponent beyond ±30",
            "-1e999999999                                   | exponent beyond ±30",
            "0e999999999                                    | exponent beyond ±30"})
    void figure_hasAtMost40SignificantDigits_andAnExponentWithin30(String value, String problem) {
        BigDecimal v = new BigDecimal(value);
        assertThat(FigureLimits.problem(v)).isEqualTo(problem);
        assertThat(FigureLimits.within(v)).isEqualTo(problem == null);
    }

    @Property(tries = 500)
    void writtenDigits_areJudgedAsTheirBigDecimalWouldBe(
            @ForAll @StringLength(min = 1, max = 60) @CharRange(from = '0', to = '9') String integer,
            @ForAll @StringLength(max = 45) @CharRange(from = '0', to = '9') String fraction) {
        BigDecimal parsed = new BigDecimal(fraction.isEmpty() ? integer : integer + "." + fraction);
        assertThat(FigureLimits.within(integer, fraction)).isEqualTo(FigureLimits.within(parsed));
    }
}
