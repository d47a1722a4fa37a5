package dev.factcheck.claims;

import dev.factcheck.time.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds dates, months, years, year ranges, quarters, "since ..." and relative expressions ("last
 * week", "on Wednesday") in a sentence and resolves them to closed date intervals. The tokens they
 * use are taken, so years and days never become claims.
 */
final class PeriodFinder {

    private static final Set<String> MONTH_CONTEXT = Set.of(
            "in", "since", "by", "until", "through", "during", "of", "from", "to", "early", "late", "mid",
            "end", "last", "this", "next", "between", "and", "before", "after", "on", "-");

    private static final Set<String> ABBREVIATIONS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static final Set<String> FUTURE = Set.of("will", "plans", "plan", "aims", "intends", "scheduled");

    private PeriodFinder() {
    }

    static List<PeriodMention> find(Tokens t, boolean[] taken, LocalDate pub) {
        List<PeriodMention> found = new ArrayList<>();
        int contextYear = -1;
        int firstFuture = t.size;
        for (int k = 0; k < t.size; k++) {
            if (t.isAny(k, FUTURE)) {
                firstFuture = k;
                break;
            }
        }
        int i = 0;
        while (i < t.size) {
            if (taken[i]) {
                i++;
                continue;
            }
            PeriodMention m = matchAt(t, i, taken, pub, firstFuture);
            if (m != null && m.yearless() && contextYear > 0) {
                // "In 2023, Meta laid off 10,000 in March": March of 2023, not the latest March.
                Period p = m.period();
                int shift = contextYear - p.from().getYear();
                m = new PeriodMention(m.startTok(), m.endTok(),
                        new Period(p.from().plusYears(shift), p.to().plusYears(shift)), m.source(), m.since(), false);
            } else if (m != null && !m.yearless() && m.period() != null
                    && m.period().from().getYear() == m.period().to().getYear() && m.source() == PeriodSource.EXPLICIT) {
                contextYear = m.period().from().getYear();
            }
            if (m != null) {
                NumberReader.markTaken(taken, m.startTok(), m.endTok());
                found.add(m);
                i = m.endTok();
            } else {
                i++;
            }
        }
        return found;
    }

    private static PeriodMention matchAt(Tokens t, int i, boolean[] taken, LocalDate pub, int firstFuture) {
        if (t.is(i, "since")) {
            Raw inner = core(t, i + 1, taken, pub, false);
            if (inner != null && !inner.future) {
                LocalDate from = inner.period.from();
                Period p = from.isAfter(pub) ? null : new Period(from, pub);
                return new PeriodMention(i, inner.end, p, p == null ? PeriodSource.NONE : inner.source, true);
            }
            return null;
        }
        if (t.is(i, "by") || t.is(i, "until") || t.is(i, "till")) {
            int j = i + 1;
            if (t.is(j, "the") && (t.is(j + 1, "end") || t.is(j + 1, "close") || t.is(j + 1, "middle"))
                    && t.is(j + 2, "of")) {
                j += 3;
            }
            Raw inner = core(t, j, taken, pub, true);
            if (inner != null) {
                return mention(i, inner, pub);
            }
            return null;
        }
        if (t.is(i, "between") || t.is(i, "from")) {
            // Between October 2022 and March 2023; from Q1 to Q3 2024.
            Raw a = core(t, i + 1, taken, pub, false);
            if (a != null && !a.future && (t.is(a.end, "and") || t.is(a.end, "to") || t.is(a.end, "through")
                    || t.is(a.end, "until"))) {
                Raw b = core(t, a.end + 1, taken, pub, false);
                if (b != null && !b.future && b.period.to().isAfter(a.period.from())) {
                    return mention(i, Raw.explicit(b.end, new Period(a.period.from(), b.period.to())), pub);
                }
            }
        }
        // "will cut 500 jobs in February": a month or quarter without a year, after "will", lies ahead.
        Raw raw = core(t, i, taken, pub, firstFuture < i);
        return raw == null ? null : mention(i, raw, pub);
    }

    private static PeriodMention mention(int start, Raw raw, LocalDate pub) {
        if (raw.future || raw.period.from().isAfter(pub)) {
            return new PeriodMention(start, raw.end, null, PeriodSource.NONE, false);
        }
        return new PeriodMention(start, raw.end, raw.period, raw.source, false, raw.yearless);
    }

    /** An expression found at a token, before the deadline rule. */
    private record Raw(int end, Period period, PeriodSource source, boolean future, boolean yearless) {
        Raw(int end, Period period, PeriodSource source, boolean future) {
            this(end, period, source, future, false);
        }

        static Raw explicit(int end, Period p) {
            return new Raw(end, p, PeriodSource.EXPLICIT, false);
        }

        /** A month, day or quarter written without its year. */
        static Raw yearless(int end, Period p) {
            return new Raw(end, p, PeriodSource.EXPLICIT, false, true);
        }

        static Raw relative(int end, Period p) {
            return new Raw(end, p, PeriodSource.RELATIVE, false);
        }

        static Raw ahead(int end) {
            return new Raw(end, null, PeriodSource.NONE, true);
        }
    }

    private static Raw core(Tokens t, int i, boolean[] taken, LocalDate pub, boolean deadline) {
        if (i >= t.size || taken[i]) {
            return null;
        }
        // ISO date 2025-10-28.
        int y = yearAt(t, i, taken);
        if (y > 0 && t.isSym(i + 1, '-') && t.attached(i + 1) && t.isNum(i + 2) && t.attached(i + 2)
                && t.isSym(i + 3, '-') && t.attached(i + 3) && t.isNum(i + 4) && t.attached(i + 4)) {
            LocalDate d = date(y, t.intValue(i + 2), t.intValue(i + 4));
            if (d != null) {
                return Raw.explicit(i + 5, Period.day(d));
            }
        }
        // Weekday, possibly opening a full date: "Tuesday, October 28, 2025".
        Integer weekday = t.capitalised(i) ? Lexicon.WEEKDAYS.get(t.lower(i)) : null;
        if (weekday != null) {
            int j = t.isSym(i + 1, ',') ? i + 2 : i + 1;
            Raw full = monthFirst(t, j, taken, pub, deadline);
            if (full != null && full.period != null && full.period.from().equals(full.period.to())) {
                return full;
            }
            LocalDate day = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(weekday)));
            if (t.is(i - 1, "last") && day.equals(pub)) {
                day = day.minusWeeks(1);
            }
            if (t.is(i - 1, "next")) {
                return Raw.ahead(i + 1);
            }
            return Raw.relative(i + 1, Period.day(day));
        }
        Raw month = monthFirst(t, i, taken, pub, deadline);
        if (month != null) {
            return month;
        }
        // Day first: 28 October 2025, 4th of January.
        if (t.isNum(i) && t.length(i) <= 2 && !t.attached(i)) {
            int j = i + 1;
            if (t.isWord(j) && t.attached(j) && Set.of("st", "nd", "rd", "th").contains(t.lower(j))) {
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
                Raw dated = dayOfMonth(t, k, m[0], day, m[1], taken, pub, deadline);
                if (dated != null) {
                    return dated;
                }
            }
        }
        // the quarter ended June 30; the year to March 2024; the three months to June
        int span = t.is(i, "quarter") ? 3 : t.is(i, "year") ? 12
                : t.is(i, "three") && t.is(i + 1, "months") ? 3 : t.is(i, "six") && t.is(i + 1, "months") ? 6
                : t.is(i, "nine") && t.is(i + 1, "months") ? 9 : 0;
        if (span > 0) {
            int j = t.is(i + 1, "months") ? i + 2 : i + 1;
            if (t.is(j, "ended") || t.is(j, "ending") || t.is(j, "to") || t.is(j, "through")) {
                Raw end = core(t, j + 1, taken, pub, false);
                if (end != null && !end.future) {
                    LocalDate to = end.period.to();
                    return new Raw(end.end, new Period(to.plusDays(1).minusMonths(span), to), end.source, false);
                }
            }
        }
        Raw quarter = quarter(t, i, taken, pub, deadline);
        if (quarter != null) {
            return quarter;
        }
        Raw years = years(t, i, taken);
        if (years != null) {
            return years;
        }
        return relative(t, i, pub);
    }

    private static Raw monthFirst(Tokens t, int i, boolean[] taken, LocalDate pub, boolean deadline) {
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
            if (t.isWord(k) && t.attached(k) && Set.of("st", "nd", "rd", "th").contains(t.lower(k))) {
                k++;
            }
            int afterDay = k;
            if (t.isSym(k, ',')) {
                k++;
            }
            Raw dated = dayOfMonth(t, k, m[0], day, afterDay, taken, pub, deadline);
            if (dated != null) {
                return dated;
            }
        }
        int k = t.is(j, "of") ? j + 1 : j;
        int year = yearAt(t, k, taken);
        if (year > 0) {
            YearMonth ym = YearMonth.of(year, m[0]);
            return Raw.explicit(k + 1, new Period(ym.atDay(1), ym.atEndOfMonth()));
        }
        if (t.is(i - 1, "next")) {
            return Raw.ahead(m[1]);
        }
        YearMonth ym = YearMonth.of(pub.getYear(), m[0]);
        if (deadline) {
            if (ym.isBefore(YearMonth.from(pub))) {
                ym = ym.plusYears(1);
            }
        } else if (ym.isAfter(YearMonth.from(pub))) {
            ym = ym.minusYears(1);
        }
        return Raw.yearless(m[1], new Period(ym.atDay(1), ym.atEndOfMonth()));
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
        if (word.equals("may") && !dayBefore && !t.isNum(i + 1) && !MONTH_CONTEXT.contains(t.lower(i - 1))) {
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

    private static Raw quarter(Tokens t, int i, boolean[] taken, LocalDate pub, boolean deadline) {
        int q = -1;
        int half = -1;
        int j;
        int start = t.is(i, "fiscal") ? i + 1 : i;
        if ((t.text(start).equals("Q") || t.text(start).equals("H")) && t.isNum(start + 1) && t.attached(start + 1)
                && t.length(start + 1) == 1) {
            int n = t.intValue(start + 1);
            if (t.text(start).equals("Q") && n >= 1 && n <= 4) {
                q = n;
            } else if (t.text(start).equals("H") && (n == 1 || n == 2)) {
                half = n;
            } else {
                return null;
            }
            j = start + 2;
        } else {
            int k = start;
            if (t.is(k, "the") || t.is(k, "its")) {
                k++;
            }
            if (t.is(k, "fiscal")) {
                k++;
            }
            Integer ord = Lexicon.ORDINAL_WORDS.get(t.lower(k));
            if (ord == null || !t.isWord(k)) {
                return null;
            }
            k++;
            if (t.isSym(k, '-') && t.attached(k)) {
                k++;
            }
            if (t.is(k, "quarter")) {
                q = ord;
            } else if (t.is(k, "half") && ord <= 2) {
                half = ord;
            } else {
                return null;
            }
            j = k + 1;
        }
        int k = j;
        if (t.is(k, "of") || t.isSym(k, ',')) {
            k++;
        }
        if (t.is(k, "fiscal") || t.text(k).equals("FY")) {
            // A fiscal quarter: its calendar dates depend on the company's fiscal year.
            int end = k + 1;
            if (t.isNum(end)) {
                end++;
            }
            return Raw.ahead(end);
        }
        int year = yearAt(t, k, taken);
        int end;
        if (year > 0) {
            end = k + 1;
        } else if (t.isSym(j, '\'') && t.isNum(j + 1) && t.length(j + 1) == 2) {
            year = 2000 + t.intValue(j + 1);
            end = j + 2;
        } else {
            end = j;
            year = pub.getYear();
            int months = q > 0 ? 3 : 6;
            int index = q > 0 ? q : half;
            LocalDate from = LocalDate.of(year, (index - 1) * months + 1, 1);
            if (deadline) {
                if (from.plusMonths(months).minusDays(1).isBefore(pub)) {
                    year++;
                }
            } else if (from.isAfter(pub)) {
                year--;
            }
        }
        int months = q > 0 ? 3 : 6;
        int index = q > 0 ? q : half;
        LocalDate from = LocalDate.of(year, (index - 1) * months + 1, 1);
        return Raw.explicit(end, new Period(from, from.plusMonths(months).minusDays(1)));
    }

    private static Raw years(Tokens t, int i, boolean[] taken) {
        int s = i;
        if (t.is(i, "between") || t.is(i, "from")) {
            int y1 = yearAt(t, i + 1, taken);
            if (y1 > 0 && (t.is(i + 2, "and") || t.is(i + 2, "to") || t.is(i + 2, "through"))) {
                int y2 = yearAt(t, i + 3, taken);
                if (y2 > y1 && y2 - y1 <= 30) {
                    return Raw.explicit(i + 4, years(y1, y2));
                }
            }
            return null;
        }
        if (t.is(i, "fiscal") && yearAt(t, i + 1, taken) > 0) {
            s = i + 1;
        } else if ((t.text(i).equals("FY")) && t.isNum(i + 1) && t.attached(i + 1)
                && (t.length(i + 1) == 2 || t.length(i + 1) == 4)) {
            int y = t.length(i + 1) == 2 ? 2000 + t.intValue(i + 1) : t.intValue(i + 1);
            return Raw.explicit(i + 2, years(y, y));
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
                return Raw.explicit(j + 2, years(y1, y2));
            }
        }
        if (t.is(j, "and") || t.is(j, "to") || t.is(j, "through") || t.is(j, "until")) {
            int y2 = yearAt(t, j + 1, taken);
            if (y2 > y1 && y2 - y1 <= 30) {
                return Raw.explicit(j + 2, years(y1, y2));
            }
        }
        return Raw.explicit(s + 1, years(y1, y1));
    }

    private static Period years(int from, int to) {
        return new Period(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    private static Raw relative(Tokens t, int i, LocalDate pub) {
        String w = t.lower(i);
        if (w.equals("today")) {
            return Raw.relative(i + 1, Period.day(pub));
        }
        if (w.equals("yesterday")) {
            return Raw.relative(i + 1, Period.day(pub.minusDays(1)));
        }
        if (w.equals("tomorrow")) {
            return Raw.ahead(i + 1);
        }
        if ((w.equals("past") || w.equals("last")) && t.isNum(i + 1) && t.length(i + 1) <= 3 && t.intValue(i + 1) > 0) {
            // the past 12 months: the stretch of time up to publication
            int n = t.intValue(i + 1);
            String unit = t.lower(i + 2);
            LocalDate from = switch (unit) {
                case "days" -> pub.minusDays(n);
                case "weeks" -> pub.minusWeeks(n);
                case "months" -> pub.minusMonths(n);
                case "years" -> pub.minusYears(n);
                default -> null;
            };
            return from == null ? null : Raw.relative(i + 3, new Period(from.plusDays(1), pub));
        }
        if (w.equals("earlier") && t.is(i + 1, "this")) {
            Period unit = unit(t.lower(i + 2), pub, 0);
            return unit == null ? null : Raw.relative(i + 3, new Period(unit.from(), pub));
        }
        int shift;
        if (w.equals("this") || w.equals("current")) {
            shift = 0;
        } else if (w.equals("last") || w.equals("previous") || w.equals("past")) {
            shift = -1;
        } else if (w.equals("next") || w.equals("coming")) {
            shift = 1;
        } else {
            return null;
        }
        if (shift == -1 && t.is(i - 1, "the")) {
            return null; // "the last year" means the twelve months before, not a calendar year
        }
        Period unit = unit(t.lower(i + 1), pub, shift);
        if (unit == null) {
            return null;
        }
        return shift > 0 ? Raw.ahead(i + 2) : Raw.relative(i + 2, unit);
    }

    private static Period unit(String word, LocalDate pub, int shift) {
        switch (word) {
            case "week" -> {
                LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                return new Period(monday, monday.plusDays(6));
            }
            case "month" -> {
                YearMonth ym = YearMonth.from(pub).plusMonths(shift);
                return new Period(ym.atDay(1), ym.atEndOfMonth());
            }
            case "quarter" -> {
                LocalDate first = LocalDate.of(pub.getYear(), ((pub.getMonthValue() - 1) / 3) * 3 + 1, 1)
                        .plusMonths(3L * shift);
                return new Period(first, first.plusMonths(3).minusDays(1));
            }
            case "year" -> {
                int year = pub.getYear() + shift;
                return years(year, year);
            }
            default -> {
                return null;
            }
        }
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
        if (t.isWord(i + 1) && (Lexicon.PEOPLE_HEADS.contains(t.lower(i + 1)) || t.is(i + 1, "percent")
                || t.is(i + 1, "million") || t.is(i + 1, "billion") || t.is(i + 1, "thousand"))) {
            return -1;
        }
        return y;
    }

    /**
     * A day of a month, with the year written at token {@code yearToken} or, without one, the nearest
     * such day the publication date allows; {@code endWithoutYear} is where the match ends then.
     */
    private static Raw dayOfMonth(Tokens t, int yearToken, int month, int day, int endWithoutYear, boolean[] taken,
                                  LocalDate pub, boolean deadline) {
        int year = yearAt(t, yearToken, taken);
        if (year > 0) {
            LocalDate d = date(year, month, day);
            if (d != null) {
                return Raw.explicit(yearToken + 1, Period.day(d));
            }
        }
        LocalDate d = dayWithoutYear(month, day, pub, deadline);
        return d == null ? null : Raw.explicit(endWithoutYear, Period.day(d));
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
