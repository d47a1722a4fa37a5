package dev.factcheck.local;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EventBridge Scheduler expression: {@code rate(15 minutes)}, {@code cron(0/15 * * * ? *)} (six
 * fields: minutes, hours, day of month, month, day of week 1-7 = SUN-SAT, year) or
 * {@code at(2026-01-01T09:00:00)}. Times are UTC. Cron supports lists, ranges, steps, names, {@code ?},
 * {@code *} and {@code L} in the day of month; {@code W} and {@code #} are refused with a message.
 */
sealed interface ScheduleExpression {

    /** The next time after {@code after} this schedule fires, if ever. */
    Optional<ZonedDateTime> nextAfter(ZonedDateTime after);

    record Rate(Duration every) implements ScheduleExpression {
        @Override
        public Optional<ZonedDateTime> nextAfter(ZonedDateTime after) {
            return Optional.of(after.plus(every));
        }
    }

    record At(LocalDateTime when) implements ScheduleExpression {
        @Override
        public Optional<ZonedDateTime> nextAfter(ZonedDateTime after) {
            ZonedDateTime at = when.atZone(ZoneOffset.UTC);
            return at.isAfter(after) ? Optional.of(at) : Optional.empty();
        }
    }

    record Cron(BitSet minutes, BitSet hours, BitSet daysOfMonth, boolean lastDayOfMonth, BitSet months,
                BitSet daysOfWeek, BitSet years, boolean anyDayOfMonth, boolean anyDayOfWeek) implements ScheduleExpression {

        private static final int SEARCH_YEARS = 5;

        @Override
        public Optional<ZonedDateTime> nextAfter(ZonedDateTime after) {
            ZonedDateTime t = after.withZoneSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            ZonedDateTime limit = t.plusYears(SEARCH_YEARS);
            while (t.isBefore(limit)) {
                if (!years.get(t.getYear() - 1970) || !months.get(t.getMonthValue())) {
                    t = t.plusMonths(1).withDayOfMonth(1).withHour(0).withMinute(0);
                    continue;
                }
                if (!dayMatches(t)) {
                    t = t.plusDays(1).withHour(0).withMinute(0);
                    continue;
                }
                if (!hours.get(t.getHour())) {
                    t = t.plusHours(1).withMinute(0);
                    continue;
                }
                if (!minutes.get(t.getMinute())) {
                    t = t.plusMinutes(1);
                    continue;
                }
                return Optional.of(t);
            }
            return Optional.empty();
        }

        private boolean dayMatches(ZonedDateTime t) {
            boolean dom = lastDayOfMonth ? t.getDayOfMonth() == t.toLocalDate().lengthOfMonth()
                    : daysOfMonth.get(t.getDayOfMonth());
            // AWS numbers the days of the week 1 (Sunday) to 7 (Saturday).
            boolean dow = daysOfWeek.get(t.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : t.getDayOfWeek().getValue() + 1);
            if (anyDayOfMonth) {
                return dow;
            }
            if (anyDayOfWeek) {
                return dom;
            }
            return dom && dow;
        }
    }

    Pattern RATE = Pattern.compile("rate\\(\\s*(\\d+)\\s+(second|seconds|minute|minutes|hour|hours|day|days)\\s*\\)");
    Pattern CRON = Pattern.compile("cron\\((.*)\\)");
    Pattern AT = Pattern.compile("at\\((\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\)");
    List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    /** Parses {@code expression}; an expression this runner cannot run is an {@link IllegalArgumentException} naming it. */
    static ScheduleExpression parse(String expression) {
        String trimmed = expression.trim();
        Matcher rate = RATE.matcher(trimmed);
        if (rate.matches()) {
            long value = Long.parseLong(rate.group(1));
            if (value <= 0) {
                throw new IllegalArgumentException(expression + ": a rate must be positive");
            }
            String unit = rate.group(2);
            // EventBridge insists on "1 minute" but "5 minutes"; the local runner accepts either.
            ChronoUnit chrono = switch (unit.replaceAll("s$", "")) {
                case "second" -> ChronoUnit.SECONDS;
                case "minute" -> ChronoUnit.MINUTES;
                case "hour" -> ChronoUnit.HOURS;
                default -> ChronoUnit.DAYS;
            };
            return new Rate(Duration.of(value, chrono));
        }
        Matcher at = AT.matcher(trimmed);
        if (at.matches()) {
            return new At(LocalDateTime.parse(at.group(1)));
        }
        Matcher cron = CRON.matcher(trimmed);
        if (cron.matches()) {
            String[] fields = cron.group(1).trim().split("\\s+");
            if (fields.length != 6) {
                throw new IllegalArgumentException(expression + ": a cron expression has six fields "
                        + "(minutes hours day-of-month month day-of-week year)");
            }
            boolean anyDom = fields[2].equals("?");
            boolean anyDow = fields[4].equals("?");
            if (anyDom == anyDow && !(fields[2].equals("*") || fields[4].equals("*"))) {
                throw new IllegalArgumentException(expression + ": one of day-of-month and day-of-week must be ?");
            }
            boolean lastDay = fields[2].equals("L");
            return new Cron(
                    field(expression, fields[0], 0, 59, List.of(), 0),
                    field(expression, fields[1], 0, 23, List.of(), 0),
                    lastDay || anyDom ? all(1, 31) : field(expression, fields[2], 1, 31, List.of(), 0),
                    lastDay,
                    field(expression, fields[3], 1, 12, MONTHS, 1),
                    anyDow ? all(1, 7) : field(expression, fields[4], 1, 7, DAYS, 1),
                    years(expression, fields[5]),
                    anyDom || fields[2].equals("*") && !anyDow && !fields[4].equals("*"),
                    anyDow || fields[4].equals("*"));
        }
        throw new IllegalArgumentException(expression + ": not a schedule expression; use rate(15 minutes), "
                + "cron(0/15 * * * ? *) or at(2026-01-01T09:00:00)");
    }

    private static BitSet years(String expression, String field) {
        BitSet years = field(expression, field, 1970, 2199, List.of(), 0);
        BitSet shifted = new BitSet();
        years.stream().forEach(year -> shifted.set(year - 1970));
        return shifted;
    }

    private static BitSet all(int min, int max) {
        BitSet bits = new BitSet();
        bits.set(min, max + 1);
        return bits;
    }

    private static BitSet field(String expression, String field, int min, int max, List<String> names, int nameBase) {
        BitSet bits = new BitSet();
        for (String part : field.toUpperCase(Locale.ROOT).split(",")) {
            if (part.contains("W") && names.isEmpty() || part.contains("#") || part.contains("L")) {
                throw new IllegalArgumentException(expression + ": '" + part + "' (W, # and L other than a lone L "
                        + "day of month) is not supported by the local runner");
            }
            int step = 1;
            String range = part;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                step = number(expression, part.substring(slash + 1), names, nameBase);
                range = part.substring(0, slash);
                if (step <= 0) {
                    throw new IllegalArgumentException(expression + ": a step must be positive");
                }
            }
            int from;
            int to;
            if (range.equals("*") || range.equals("?")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                String[] ends = range.split("-", 2);
                from = number(expression, ends[0], names, nameBase);
                to = number(expression, ends[1], names, nameBase);
            } else {
                from = number(expression, range, names, nameBase);
                to = slash >= 0 ? max : from;
            }
            if (from < min || to > max || from > to) {
                throw new IllegalArgumentException(expression + ": '" + part + "' is outside " + min + "-" + max);
            }
            for (int value = from; value <= to; value += step) {
                bits.set(value);
            }
        }
        return bits;
    }

    private static int number(String expression, String text, List<String> names, int nameBase) {
        int named = names.indexOf(text);
        if (named >= 0) {
            return named + nameBase;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(expression + ": '" + text + "' is not a number"
                    + (names.isEmpty() ? "" : " or one of " + names));
        }
    }
}
