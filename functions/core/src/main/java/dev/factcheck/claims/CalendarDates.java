package dev.factcheck.claims;

import dev.factcheck.time.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * Calendar expressions: ISO dates, weekdays, months with or without a day and a year, days before a
 * month ("28 October 2025", "4th of January"), years and year ranges ("2022–2023", "FY24", "fiscal
 * 2024"). A month or day without its year takes the latest one up to publication, or with a
 * deadline the next one from it.
 */
final class CalendarDates {

    private static final Set<String> MONTH_CONTEXT = Set.of(
            "in", "since", "by", "until", "through", "during", "of", "from", "to", "early", "late", "mid",
            "end", "last", "this", "next", "between", "and", "before", "after", "on", "-");

    private static final Set<String> ABBREVIATIONS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static final Set<String> DAY_SUFFIXES = Set.of("st", "nd", "rd", "th");

    private CalendarDates() {
    }

    /**
     * {@code day} if it is a {@code weekday}, else the last {@code weekday} before it. What
     * {@code TemporalAdjusters.previousOrSame} answers, without the lambda it spins at its first call in
     * a container (a cold start's first weekday).
     */
    static LocalDate onOrBefore(LocalDate day, DayOfWeek weekday) {
        return day.minusDays((day.getDayOfWeek().getValue() - weekday.getValue() + 7) % 7);
    }

    /** The first {@code weekday} after {@code day} ({@code TemporalAdjusters.next}, without its lambda). */
    static LocalDate after(LocalDate day, DayOfWeek weekday) {
        int ahead = weekday.getValue() - day.getDayOfWeek().getValue();
        return day.plusDays(ahead > 0 ? ahead : ahead + 7);
    }

    /** A date, weekday, month or day of a month at token {@code i}, or null. */
    static PeriodMatch at(Tokens t, int i, boolean[] taken, LocalDate pub, boolean deadline) {
        // ISO date 2025-10-28.
        int y = yearAt(t, i, taken);
        if (y > 0 && t.isSym(i + 1, '-') && t.attached(i + 1) && t.isNum(i + 2) && t.attached(i + 2)
                && t.isSym(i + 3, '-') && t.attached(i + 3) && t.isNum(i + 4) && t.attached(i + 4)) {
            LocalDate d = date(y, t.intValue(i + 2), t.intValue(i + 4));
            if (d != null) {
                return PeriodMatch.explicit(i + 5, Period.day(d));
            }
        }
        PeriodMatch lastMonth = lastMonth(t, i, taken, pub);
        if (lastMonth != null) {
            return lastMonth;
        }
        // Weekday, possibly opening a full date: "Tuesday, October 28, 2025".
        Integer weekday = t.capitalised(i) ? Lexicon.WEEKDAYS.get(t.lower(i)) : null;
        if (weekday != null) {
            int j = t.isSym(i + 1, ',') ? i + 2 : i + 1;
            PeriodMatch full = monthFirst(t, j, taken, pub, deadline);
            if (full != null && full.period() != null && full.period().from().equals(full.period().to())) {
                return full;
            }
            LocalDate day = onOrBefore(pub, DayOfWeek.of(weekday));
            if (t.is(i - 1, "last") && day.equals(pub)) {
                day = day.minusWeeks(1);
            }
            if (t.is(i - 1, "next")) {
                return PeriodMatch.ahead(i + 1, Period.day(after(pub, DayOfWeek.of(weekday))));
            }
            return PeriodMatch.relative(i + 1, Period.day(day));
        }
        PeriodMatch month = monthFirst(t, i, taken, pub, deadline);
        if (month != null) {
            return month;
        }
        // Day first: 28 October 2025, 4th of January.
        if (t.isNum(i) && t.length(i) <= 2 && !t.attached(i)) {
            int j = i + 1;
            if (t.isWord(j) && t.attached(j) && DAY_SUFFIXES.contains(t.lower(j))) {
                j++;
            }
            if (t.is(j, "of")) {
                j++;
            }
            int[] m = monthAt(t, j, true);
            if (m != null) {
                int day = t.intValue(i);
                int k = m[1];
                if (t.isSym(k, ',')) {
                    k++;
                }
                PeriodMatch dated = dayOfMonth(t, k, m[0], day, m[1], taken, pub, deadline);
                if (dated != null) {
                    return dated;
                }
            }
        }
        return null;
    }

    private static PeriodMatch monthFirst(Tokens t, int i, boolean[] taken, LocalDate pub, boolean deadline) {
        int[] m = monthAt(t, i, false);
        if (m == null) {
            return null;
        }
        int j = m[1];
        if (t.isNum(j) && t.length(j) <= 2 && !taken[j] && !(t.isSym(j + 1, ',') && t.isNum(j + 2) && t.attached(j + 2))
                && !t.isSym(j + 1, '%') && t.intValue(j) >= 1 && t.intValue(j) <= 31
                && !Lexicon.peopleNounWithin(t, j + 1, 2)) {
            int day = t.intValue(j);
            int k = j + 1;
            if (t.isWord(k) && t.attached(k) && DAY_SUFFIXES.contains(t.lower(k))) {
                k++;
            }
            int afterDay = k;
            if (t.isSym(k, ',')) {
                k++;
            }
            PeriodMatch dated = dayOfMonth(t, k, m[0], day, afterDay, taken, pub, deadline);
            if (dated != null) {
                return dated;
            }
        }
        int k = t.is(j, "of") ? j + 1 : j;
        int year = yearAt(t, k, taken);
        int shift = relativeYear(t, k);
        if (shift != NO_RELATIVE_YEAR) {
            // "in February of last year", "in May of this year", "650 workers in May last year"
            YearMonth ym = YearMonth.of(pub.getYear() + shift, m[0]);
            return new PeriodMatch(k + 2, new Period(ym.atDay(1), ym.atEndOfMonth()), PeriodSource.RELATIVE, shift > 0);
        }
        if (year > 0) {
            YearMonth ym = YearMonth.of(year, m[0]);
            return PeriodMatch.explicit(k + 1, new Period(ym.atDay(1), ym.atEndOfMonth()));
        }
        if (t.is(i - 1, "next")) {
            YearMonth next = YearMonth.of(pub.getYear(), m[0]);
            next = next.isAfter(YearMonth.from(pub)) ? next : next.plusYears(1);
            return PeriodMatch.ahead(m[1], new Period(next.atDay(1), next.atEndOfMonth()));
        }
        YearMonth ym = YearMonth.of(pub.getYear(), m[0]);
        if (deadline) {
            if (ym.isBefore(YearMonth.from(pub))) {
                ym = ym.plusYears(1);
            }
        } else if (ym.isAfter(YearMonth.from(pub))) {
            ym = ym.minusYears(1);
        }
        return PeriodMatch.yearless(m[1], new Period(ym.atDay(1), ym.atEndOfMonth()));
    }

    /**
     * "the 300 who left last October", published in October: the October before the month of publication
     * (the match starts at "last", so the time is as near its figure as it reads); null when no bare month
     * follows "last" ("last October 3" is a day).
     */
    private static PeriodMatch lastMonth(Tokens t, int i, boolean[] taken, LocalDate pub) {
        if (!t.is(i, "last") || i + 1 >= t.size || taken[i + 1]) {
            return null;
        }
        int[] m = monthAt(t, i + 1, false);
        if (m == null || t.isNum(m[1])) {
            return null;
        }
        YearMonth last = YearMonth.of(pub.getYear(), m[0]);
        last = last.isBefore(YearMonth.from(pub)) ? last : last.minusYears(1);
        return PeriodMatch.explicit(m[1], new Period(last.atDay(1), last.atEndOfMonth()));
    }

    /** {month, end token} of a capitalised month name at {@code i}, or null. */
    private static int[] monthAt(Tokens t, int i, boolean dayBefore) {
        if (!t.capitalised(i)) {
            return null;
        }
        Integer month = Lexicon.MONTHS.get(t.lower(i));
        if (month == null) {
            return null;
        }
        String word = t.lower(i);
        // "Globex's May cuts": after a possessive, a capitalised May is the month, not the verb.
        boolean possessive = t.is(i - 1, "s") && t.isSymAny(i - 2, "'\u2019");
        // "| Globex | 4,200 | May |": a May that no word follows, after no name, is no verb either.
        boolean alone = !t.isWord(i + 1) && !(t.isWord(i - 1) && t.capitalised(i - 1));
        if (word.equals("may") && !dayBefore && !possessive && !alone && !t.isNum(i + 1) && !MONTH_CONTEXT.contains(t.lower(i - 1))) {
            return null;
        }
        if (word.equals("mar") || word.equals("jan") || word.equals("dec") || word.equals("sept")
                || word.equals("oct") || word.equals("nov") || word.equals("feb") || word.equals("apr")
                || word.equals("jun") || word.equals("jul") || word.equals("aug") || word.equals("sep")) {
            if (!(t.isNum(i + 1) || (t.isSym(i + 1, '.') && t.attached(i + 1)) || dayBefore)) {
                return null;
            }
        }
        int end = i + 1;
        if (ABBREVIATIONS.contains(word) && t.isSym(end, '.') && t.attached(end)) {
            end++;
        }
        return new int[] {month, end};
    }

    /** What {@link #relativeYear} answers when no "last year", "this year" or "next year" stands there. */
    static final int NO_RELATIVE_YEAR = Integer.MIN_VALUE;

    /**
     * The shift from the publication year of "last year" (-1), "this year" (0) or "next year" (1) at
     * token {@code k}, or {@link #NO_RELATIVE_YEAR}.
     */
    static int relativeYear(Tokens t, int k) {
        if (!t.is(k + 1, "year")) {
            return NO_RELATIVE_YEAR;
        }
        return t.is(k, "last") || t.is(k, "previous") ? -1 : t.is(k, "this") ? 0 : t.is(k, "next") ? 1 : NO_RELATIVE_YEAR;
    }

    static PeriodMatch years(Tokens t, int i, boolean[] taken) {
        int s = i;
        if (t.is(i, "between") || t.is(i, "from")) {
            int y1 = yearAt(t, i + 1, taken);
            if (y1 > 0 && (t.is(i + 2, "and") || t.is(i + 2, "to") || t.is(i + 2, "through"))) {
                int y2 = yearAt(t, i + 3, taken);
                if (y2 > y1 && y2 - y1 <= 30) {
                    return PeriodMatch.explicit(i + 4, years(y1, y2));
                }
            }
            return null;
        }
        if (t.is(i, "fiscal") && yearAt(t, i + 1, taken) > 0) {
            s = i + 1;
        } else if ((t.text(i).equals("FY")) && t.isNum(i + 1) && t.attached(i + 1)
                && (t.length(i + 1) == 2 || t.length(i + 1) == 4)) {
            int y = t.length(i + 1) == 2 ? 2000 + t.intValue(i + 1) : t.intValue(i + 1);
            return PeriodMatch.explicit(i + 2, years(y, y));
        } else if (t.is(i, "mid") && t.isSym(i + 1, '-') && yearAt(t, i + 2, taken) > 0) {
            s = i + 2;
        }
        int y1 = yearAt(t, s, taken);
        if (y1 < 0) {
            return null;
        }
        int j = s + 1;
        if (t.isSymAny(j, "-\u2013\u2014/") && t.isNum(j + 1) && (t.attached(j) == t.attached(j + 1))) {
            int y2 = yearAt(t, j + 1, taken);
            if (y2 < 0 && t.length(j + 1) == 2 && t.attached(j + 1)) {
                y2 = (y1 / 100) * 100 + t.intValue(j + 1);
            }
            if (y2 > y1 && y2 - y1 <= 30) {
                return PeriodMatch.explicit(j + 2, years(y1, y2));
            }
        }
        if (t.is(j, "and") || t.is(j, "to") || t.is(j, "through") || t.is(j, "until")) {
            int y2 = yearAt(t, j + 1, taken);
            if (y2 > y1 && y2 - y1 <= 30) {
                return PeriodMatch.explicit(j + 2, years(y1, y2));
            }
        }
        return PeriodMatch.explicit(s + 1, years(y1, y1));
    }

    static Period years(int from, int to) {
        return new Period(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    /** Nouns of people cut or hired in a period, which a year before them dates: "its 2025 layoffs". */
    private static final Set<String> FLOWS_OF_PEOPLE = Set.of("layoffs", "cuts", "redundancies", "hires", "dismissals");

    /** Words that own what follows them: "its 2025 layoffs", "Initech's 2024 cuts", "the 2023 redundancies". */
    private static final Set<String> OWNERS = Set.of("its", "their", "our", "his", "her", "the", "s");

    /**
     * A year between an owner and a noun of people cut or hired: "brings its 2025 layoffs to 870", "Initech's
     * 2024 cuts", "Globex Industries' 2023 redundancies". "its 2000 staff" and "cut 2000 jobs" stay counts.
     */
    private static boolean yearOfOwnedCuts(Tokens t, int i) {
        return t.isAny(i + 1, FLOWS_OF_PEOPLE) && (t.isAny(i - 1, OWNERS) || t.isSymAny(i - 1, "'\u2019")) && !t.attached(i);
    }

    /** A year written as four digits and used as a year, or -1. */
    static int yearAt(Tokens t, int i, boolean[] taken) {
        if (!t.isNum(i) || t.length(i) != 4 || taken[i]) {
            return -1;
        }
        int y = t.intValue(i);
        if (y < 1900 || y > 2100) {
            return -1;
        }
        if (t.isSymAny(i - 1, "$\u20ac\u00a3") && t.attached(i)) {
            return -1;
        }
        if (t.isSymAny(i + 1, ",.") && t.attached(i + 1) && t.isNum(i + 2) && t.attached(i + 2)) {
            return -1;
        }
        if (t.isSym(i + 1, '%') || (t.isWord(i + 1) && t.attached(i + 1))) {
            return -1;
        }
        if (t.isWord(i + 1) && ((Lexicon.PEOPLE_HEADS.contains(t.lower(i + 1)) && !yearOfOwnedCuts(t, i)) || t.is(i + 1, "percent")
                || t.is(i + 1, "million") || t.is(i + 1, "billion") || t.is(i + 1, "thousand"))) {
            return -1;
        }
        return y;
    }

    /**
     * A day of a month, with the year written at token {@code yearToken} or, without one, the nearest
     * such day the publication date allows; {@code endWithoutYear} is where the match ends then.
     */
    private static PeriodMatch dayOfMonth(Tokens t, int yearToken, int month, int day, int endWithoutYear, boolean[] taken,
                                  LocalDate pub, boolean deadline) {
        int year = yearAt(t, yearToken, taken);
        if (year > 0) {
            LocalDate d = date(year, month, day);
            if (d != null) {
                return PeriodMatch.explicit(yearToken + 1, Period.day(d));
            }
        }
        LocalDate d = dayWithoutYear(month, day, pub, deadline);
        return d == null ? null : PeriodMatch.yearless(endWithoutYear, Period.day(d));
    }

    private static LocalDate date(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1) {
            return null;
        }
        YearMonth ym = YearMonth.of(y, m);
        return ym.isValidDay(d) ? ym.atDay(d) : null;
    }

    private static LocalDate dayWithoutYear(int m, int d, LocalDate pub, boolean deadline) {
        LocalDate date = date(pub.getYear(), m, d);
        if (date == null) {
            date = date(pub.getYear() - 1, m, d);
            return date;
        }
        if (deadline) {
            return date.isBefore(pub) ? date(pub.getYear() + 1, m, d) : date;
        }
        return date.isAfter(pub) ? date(pub.getYear() - 1, m, d) : date;
    }
}
