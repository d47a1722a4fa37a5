package dev.factcheck.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleExpressionTest {

    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-29T20:47:30Z");

    @ParameterizedTest
    @CsvSource({
            "rate(15 minutes), PT15M",
            "rate(1 minute), PT1M",
            "rate(2 hours), PT2H",
            "rate(1 day), P1D",
            "rate(30 seconds), PT30S"})
    void rate_firesEveryInterval(String expression, String every) {
        assertThat(ScheduleExpression.parse(expression)).isEqualTo(new ScheduleExpression.Rate(Duration.parse(every)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cron(0/15 * * * ? *)     | 2026-11-29T21:00Z",
            "cron(0 3 * * ? *)        | 2026-11-30T03:00Z",
            "cron(0 9 ? * MON-FRI *)  | 2026-11-30T09:00Z",
            "cron(30 8 1 * ? *)       | 2026-12-01T08:30Z",
            "cron(0 0 L * ? *)        | 2026-11-30T00:00Z",
            "cron(0 12 ? * 1 *)       | 2026-12-06T12:00Z",
            "cron(15 10 ? JAN,FEB * 2027) | 2027-01-01T10:15Z"})
    void cron_nextFire_isTheNextMatchingMinuteInUtc(String expression, String next) {
        assertThat(ScheduleExpression.parse(expression).nextAfter(NOW)).contains(ZonedDateTime.parse(next));
    }

    @Test
    void at_firesOnceInTheFuture_neverInThePast() {
        assertThat(ScheduleExpression.parse("at(2026-12-01T09:00:00)").nextAfter(NOW))
                .contains(ZonedDateTime.parse("2026-12-01T09:00Z"));
        assertThat(ScheduleExpression.parse("at(2020-01-01T09:00:00)").nextAfter(NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"every 5 minutes", "rate(0 minutes)", "rate(5 weeks)", "cron(* * * *)",
            "cron(0 3 1W * ? *)", "cron(0 3 ? * 2#1 *)", "cron(61 * * * ? *)", "cron(0 3 1 * 2 *)"})
    void unsupportedExpression_isRefusedWithItsText(String expression) {
        assertThatThrownBy(() -> ScheduleExpression.parse(expression))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expression);
    }

    @Test
    void parameterReference_resolvesToTheParameterDefault() {
        assertThat(Scheduler.resolve("{\"Ref\":\"IngestSchedule\"}", java.util.Map.of("IngestSchedule", "rate(15 minutes)")))
                .isEqualTo("rate(15 minutes)");
    }
}
