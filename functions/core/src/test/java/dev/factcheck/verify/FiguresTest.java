package dev.factcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Bounds;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {

    @ParameterizedTest
    @CsvSource({
            "14000, PEOPLE, '14,000'",
            "8000000000, USD, '$8,000,000,000'",
            "8E+9, USD, '$8,000,000,000'",
            "4000000000.00, EUR, '€4,000,000,000'",
            "1250000, GBP, '£1,250,000'",
            "4.5, PERCENT, '4.5%'",
            "999, COUNT, '999'",
            "1000, COUNT, '1,000'",
            "0, PEOPLE, '0'",
            "-1500.25, USD, '-$1,500.25'"
    })
    void format_groupsThousandsAndNeverAbbreviatesBillions(String value, Unit unit, String expected) {
        assertThat(Figures.format(new BigDecimal(value), unit)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "26500, 27500, PEOPLE, '26,500–27,500'",
            "10000, , PEOPLE, '10,000 or more'",
            "3500000000, 4500000000, USD, '$3,500,000,000–$4,500,000,000'",
            "5, 5, PERCENT, '5%'"
    })
    void band_showsBothEndsOrOpenEnd(String low, String high, Unit unit, String expected) {
        Bounds bounds = new Bounds(new BigDecimal(low), high == null ? null : new BigDecimal(high));
        assertThat(Figures.band(bounds, unit)).isEqualTo(expected);
    }
}
