package dev.factcheck.claims;

import dev.factcheck.time.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds dates, months, years, year ranges, quarters, "since ..." and relative expressions ("last
 * week", "on Wednesday") in a sentence and resolves them to closed date intervals. The tokens they
 * use are taken, so years and days never become claims. This class holds the order of the rules and
 * the rules that wrap an expression ("since ...", "by ...", "between ... and ...", "the quarter ended
 * ..."); the expressions themselves are read by {@link CalendarDates}, {@link Quarters} and
 * {@link RelativePeriods}.
 */
final class PeriodFinder {

    private PeriodFinder() {
    }

    static List<PeriodMention> find(Tokens t, boolean[] taken, LocalDate pub) {
        return find(t, taken, pub, null);
    }

    /**
     * The time expressions of a sentence. {@code prior} is the last period the text named before the
     * sentence: what "that year" and "the same period" mean when the sentence names none before them.
     */
    static List<PeriodMention> find(Tokens t, boolean[] taken, LocalDate pub, Period prior) {
        List<PeriodMention> found = new ArrayList<>();
        int contextYear = -1;
        int firstFuture = t.size;
        for (int k = 0; k < t.size; k++) {
            if (Lexicon.futureAt(t, k) && !t.is(k, "would")) {
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
            if (m == null) {
                m = anaphora(t, i, lastNamed(found, prior));
            }
            if (m != null && m.yearless() && contextYear > 0) {
                // "In 2023, Meta laid off 10,000 in March": March of 2023, not the latest March.
                Period p = m.period();
                int shift = contextYear - p.from().getYear();
                Period shifted = new Period(p.from().plusYears(shift), p.to().plusYears(shift));
                m = PeriodMention.of(m.startTok(), m.endTok(), shifted, m.source(), false, pub);
            } else if (m != null && !m.yearless() && m.period() != null
                    && m.period().from().getYear() == m.period().to().getYear() && m.source() == PeriodSource.EXPLICIT
                    && !t.is(m.startTok() - 1, "of")) {
                // "at the end of 2024" closes its own figure's time; it sets no year for the months after it.
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

    private static Period lastNamed(List<PeriodMention> found, Period prior) {
        for (int k = found.size() - 1; k >= 0; k--) {
            if (found.get(k).period() != null) {
                return found.get(k).period();
            }
        }
        return prior;
    }

    /**
     * "that year", "the same year" (the calendar year of the period named last), "the same period",
     * "that period" (the period named last itself); null when nothing was named before.
     */
    private static PeriodMention anaphora(Tokens t, int i, Period last) {
        boolean that = t.is(i, "that");
        boolean same = t.is(i, "same") && t.is(i - 1, "the");
        if (last == null || !(that || same)) {
            return null;
        }
        if (t.is(i + 1, "year")) {
            int year = last.from().getYear();
            return new PeriodMention(same ? i - 1 : i, i + 2, CalendarDates.years(year, year), PeriodSource.EXPLICIT, false);
        }
        if (t.is(i + 1, "period")) {
            return new PeriodMention(same ? i - 1 : i, i + 2, last, PeriodSource.EXPLICIT, false);
        }
        return null;
    }

    private static PeriodMention matchAt(Tokens t, int i, boolean[] taken, LocalDate pub, int firstFuture) {
        if (t.is(i, "since")) {
            PeriodMatch inner = core(t, i + 1, taken, pub, false);
            if (inner != null && !inner.future()) {
                LocalDate from = inner.period().from();
                Period p = from.isAfter(pub) ? null : new Period(from, pub);
                return new PeriodMention(i, inner.end(), p, p == null ? PeriodSource.NONE : inner.source(), true);
            }
            return null;
        }
        if (t.is(i, "by") || t.is(i, "until") || t.is(i, "till") || t.is(i, "through")) {
            int j = i + 1;
            if (t.is(j, "the") && (t.is(j + 1, "end") || t.is(j + 1, "close") || t.is(j + 1, "middle"))
                    && t.is(j + 2, "of")) {
                j += 3;
            }
            PeriodMatch inner = core(t, j, taken, pub, true);
            if (inner == null) {
                return null;
            }
            PeriodMention m = mention(i, inner, pub);
            // "by 2027", "through 2028": a deadline ahead is not a period the figure is about.
            return m.future() ? new PeriodMention(i, inner.end(), null, PeriodSource.NONE, false) : m;
        }
        if (t.is(i, "between") || t.is(i, "from")) {
            // Between October 2022 and March 2023; from Q1 to Q3 2024.
            PeriodMatch a = core(t, i + 1, taken, pub, false);
            if (a != null && !a.future() && (t.is(a.end(), "and") || t.is(a.end(), "to") || t.is(a.end(), "through")
                    || t.is(a.end(), "until"))) {
                PeriodMatch b = core(t, a.end() + 1, taken, pub, false);
                if (b != null && !b.future() && b.period().to().isAfter(a.period().from())) {
                    return mention(i, PeriodMatch.explicit(b.end(), new Period(a.period().from(), b.period().to())), pub);
                }
            }
            if (t.is(i, "from") && a != null && a.period() != null && a.period().from().isAfter(pub)) {
                // "annual savings of €200 million from 2027": an open start ahead, not a period.
                return new PeriodMention(i, a.end(), null, PeriodSource.NONE, false);
            }
        }
        // "will cut 500 jobs in February": a month or quarter without a year, after "will", lies ahead.
        PeriodMatch raw = core(t, i, taken, pub, firstFuture < i);
        return raw == null ? null : mention(i, raw, pub);
    }

    /**
     * The mention of a matched expression. A time ahead of publication keeps its days when they are
     * known ("next week", "in October" after "will"): a prediction is judged against the records of
     * its period once they exist.
     */
    private static PeriodMention mention(int start, PeriodMatch raw, LocalDate pub) {
        if (raw.period() == null) {
            return new PeriodMention(start, raw.end(), null, PeriodSource.NONE, false);
        }
        return PeriodMention.of(start, raw.end(), raw.period(), raw.source(), raw.yearless(), pub);
    }

    /**
     * "early 2024" (January to April), "mid-2024" (May to August), "late 2023" (September to
     * December): a third of the year, as reporters write it.
     */
    private static PeriodMatch partOfYear(Tokens t, int i, boolean[] taken) {
        int third = t.is(i, "early") ? 0 : t.is(i, "mid") ? 1 : t.is(i, "late") ? 2 : -1;
        if (third < 0) {
            return null;
        }
        int at = t.isSymAny(i + 1, "-\u2013") && t.attached(i + 1) ? i + 2 : i + 1;
        int year = CalendarDates.yearAt(t, at, taken);
        if (year < 0) {
            return null;
        }
        LocalDate from = LocalDate.of(year, 1 + 4 * third, 1);
        return PeriodMatch.explicit(at + 1, new Period(from, from.plusMonths(4).minusDays(1)));
    }

    /** The expression at token {@code i}; with {@code deadline}, a date without its year lies ahead. */
    private static PeriodMatch core(Tokens t, int i, boolean[] taken, LocalDate pub, boolean deadline) {
        if (i >= t.size || taken[i]) {
            return null;
        }
        PeriodMatch date = CalendarDates.at(t, i, taken, pub, deadline);
        if (date != null) {
            return date;
        }
        PeriodMatch part = partOfYear(t, i, taken);
        if (part != null) {
            return part;
        }
        // the quarter ended June 30; the year to March 2024; the three months to June
        int span = t.is(i, "quarter") ? 3 : t.is(i, "year") ? 12
                : t.is(i, "three") && t.is(i + 1, "months") ? 3 : t.is(i, "six") && t.is(i + 1, "months") ? 6
                : t.is(i, "nine") && t.is(i + 1, "months") ? 9 : 0;
        if (span > 0) {
            int j = t.is(i + 1, "months") ? i + 2 : i + 1;
            if (t.is(j, "ended") || t.is(j, "ending") || t.is(j, "to") || t.is(j, "through")) {
                PeriodMatch end = core(t, j + 1, taken, pub, false);
                if (end != null && !end.future()) {
                    LocalDate to = end.period().to();
                    return new PeriodMatch(end.end(), new Period(to.plusDays(1).minusMonths(span), to), end.source(), false);
                }
            }
        }
        PeriodMatch quarter = Quarters.at(t, i, taken, pub, deadline);
        if (quarter != null) {
            return quarter;
        }
        PeriodMatch years = CalendarDates.years(t, i, taken);
        if (years != null) {
            return years;
        }
        return RelativePeriods.at(t, i, pub);
    }
}
