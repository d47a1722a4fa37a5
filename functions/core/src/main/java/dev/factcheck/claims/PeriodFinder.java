package dev.factcheck.claims;

import dev.factcheck.time.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds dates, months, years, year ranges, quarters, "since ..." and relative expressions ("last
 * week", "on Wednesday") in a sentence and resolves them to closed date intervals. The tokens they
 * use are taken, so years and days never become claims. This class holds the order of the rules and
 * the rules that wrap an expression ("since ...", "by ...", "between ... and ...", "the quarter ended
 * ..."); the expressions themselves are read by {@link CalendarDates}, {@link Quarters} and
 * {@link RelativePeriods}.
 */
final class PeriodFinder {

    private static final Set<String> STATEMENT_VERBS = Set.of(
            "said", "says", "told", "announced", "reported", "dated", "confirmed", "disclosed", "wrote");
    /** Flows a year of which "annual" names. */
    static final Set<String> ANNUAL_FLOWS = Set.of(
            "revenue", "revenues", "sales", "profit", "profits", "income", "earnings", "turnover");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "we", "he", "she");
    private static final Set<String> MODALS = Set.of(
            "can", "could", "may", "might", "should", "must", "shall", "still", "also", "then");

    private PeriodFinder() {
    }

    static List<PeriodMention> find(Tokens t, boolean[] taken, LocalDate pub) {
        return find(t, taken, pub, null);
    }

    /**
     * The time expressions of a sentence; {@code previous} is the latest period the text named before
     * it, the antecedent of "that year", "the same period" and "a year earlier" (null: none).
     */
    static List<PeriodMention> find(Tokens t, boolean[] taken, LocalDate pub, Period previous) {
        List<PeriodMention> found = new ArrayList<>();
        Period antecedent = previous;
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
            if (taken[i] && !monthsTo(t, i)) {
                i++;
                continue;
            }
            PeriodMatch carried = RelativePeriods.anaphoric(t, i, antecedent);
            PeriodMention m = carried != null ? mention(i, carried, pub) : matchAt(t, i, taken, pub, firstFuture);
            if (m != null && m.yearless() && contextYear > 0) {
                // "In 2023, Meta laid off 10,000 in March": March of 2023, not the latest March.
                Period p = m.period();
                int shift = contextYear - p.from().getYear();
                Period shifted = new Period(p.from().plusYears(shift), p.to().plusYears(shift));
                m = PeriodMention.of(m.startTok(), m.endTok(), shifted, m.source(), false, pub);
            } else if (m != null && !m.yearless() && m.period() != null
                    && m.period().from().getYear() == m.period().to().getYear() && m.source() == PeriodSource.EXPLICIT
                    && (m.startTok() <= 1 || YearMonth.from(m.period().from()).equals(YearMonth.from(m.period().to())))) {
                // The year of "In 2023, ..." or of "in May 2025 and another 9,000 in July" carries to a
                // later month; a year told of another figure ("fell below 40,000 in 2024 and stood at
                // 37,400 in June") does not.
                contextYear = m.period().from().getYear();
            }
            if (m != null) {
                if (m.period() != null) {
                    antecedent = m.period();
                }
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
            PeriodMatch inner = core(t, i + 1, taken, pub, false);
            if (inner != null && !inner.future()) {
                LocalDate from = inner.period().from();
                Period p = from.isAfter(pub) ? null : new Period(from, pub);
                return new PeriodMention(i, inner.end(), p, p == null ? PeriodSource.NONE : inner.source(), true);
            }
            return null;
        }
        if (t.is(i, "before") || t.is(i, "after") || (t.is(i, "prior") && t.is(i + 1, "to"))) {
            // "a figure from before this summer": a boundary, not the time the figure is about
            PeriodMatch inner = core(t, t.is(i, "prior") ? i + 2 : i + 1, taken, pub, false);
            return inner == null ? null : new PeriodMention(i, inner.end(), null, PeriodSource.NONE, false);
        }
        if (t.is(i, "by") || t.is(i, "until") || t.is(i, "till") || t.is(i, "through")) {
            int j = i + 1;
            if (t.is(j, "the") && (t.is(j + 1, "end") || t.is(j + 1, "close") || t.is(j + 1, "middle"))
                    && t.is(j + 2, "of")) {
                j += 3;
            }
            // "by June" after a future cue (or "would") is the next June; in a past clause ("down to 37,400
            // by June") the latest.
            boolean cue = false;
            for (int k = 0; k < i && !cue; k++) {
                cue = Lexicon.futureAt(t, k);
            }
            PeriodMatch inner = core(t, j, taken, pub, cue);
            if (inner == null) {
                return null;
            }
            PeriodMention m = mention(i, inner, pub);
            // "by 2027", "through 2028": a deadline ahead is not a period the figure is about.
            return m.future() ? PeriodMention.deadline(i, inner.end(), t.is(i, "by") ? m.period() : null) : m;
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
        if ((t.is(i, "start") || t.is(i, "beginning")) && t.is(i - 1, "the") && t.is(i + 1, "of")) {
            // "at the start of the year", "the beginning of 2024": the first day of that year.
            int year = t.is(i + 2, "the") && t.is(i + 3, "year") ? pub.getYear() : CalendarDates.yearAt(t, i + 2, taken);
            int end = t.is(i + 2, "the") ? i + 4 : i + 3;
            if (year > 0) {
                return mention(i, PeriodMatch.relative(end, Period.day(LocalDate.of(year, 1, 1))), pub);
            }
        }
        if (t.is(i, "annual") && t.isAny(i + 1, ANNUAL_FLOWS)) {
            // "annual revenue of $12.4 billion": the last calendar year; "expects annual revenue of $22
            // billion": the current one, still ahead.
            int year = firstFuture < i ? pub.getYear() : pub.getYear() - 1;
            return mention(i, PeriodMatch.relative(i + 1, CalendarDates.years(year, year)), pub);
        }
        // "will cut 500 jobs in February": a month or quarter without a year, after "will", lies ahead.
        PeriodMatch raw = core(t, i, taken, pub, ahead(t, i, firstFuture));
        if (raw != null && raw.period() != null && reportedFuture(t, i)) {
            // "said it would add 1,000 jobs in the fourth quarter": in reported speech the nearer one,
            // behind or ahead of publication.
            PeriodMatch next = core(t, i, taken, pub, true);
            if (next != null && next.period() != null && !next.period().equals(raw.period())
                    && java.time.temporal.ChronoUnit.DAYS.between(pub, next.period().from())
                    < java.time.temporal.ChronoUnit.DAYS.between(raw.period().to(), pub)) {
                raw = next;
            }
        }
        return raw == null ? null : mention(i, raw, pub);
    }

    /** "would" stands before token {@code i}: reported speech about what was then ahead. */
    private static boolean reportedFuture(Tokens t, int i) {
        for (int k = 0; k < i; k++) {
            if (t.is(k, "would")) {
                return true;
            }
        }
        return false;
    }

    /**
     * After a future cue a date without its year lies ahead ("will cut 500 jobs in February"), unless
     * it dates a statement ("a memo dated October 20 shows", "said on October 20") or a subject with a
     * verb of its own stands between ("will cut 1,500 in October, on top of the 2,400 it cut in March").
     */
    private static boolean ahead(Tokens t, int i, int firstFuture) {
        if (firstFuture >= i) {
            return false;
        }
        int verb = t.is(i - 1, "on") || t.is(i - 1, "in") ? i - 2 : i - 1;
        if (t.isAny(verb, STATEMENT_VERBS)) {
            return false;
        }
        for (int k = firstFuture + 1; k < i - 1; k++) {
            if (t.isAny(k, SUBJECT_PRONOUNS) && t.isWord(k + 1) && !Lexicon.futureAt(t, k + 1) && !t.isAny(k + 1, MODALS)) {
                return false;
            }
        }
        return true;
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

    /** "12 months to June": a duration (taken as a non-claim) that opens a span ending at a date. */
    private static boolean monthsTo(Tokens t, int i) {
        return t.is(i + 1, "months") && monthCount(t, i) > 0
                && (t.is(i + 2, "to") || t.is(i + 2, "ended") || t.is(i + 2, "ending") || t.is(i + 2, "through"));
    }

    /** "three", "six", "nine", "twelve" or a number up to 24 before "months"; 0 otherwise. */
    private static int monthCount(Tokens t, int i) {
        if (t.isNum(i) && t.length(i) <= 2 && !t.isSym(i + 1, '%')) {
            int n = t.intValue(i);
            return n >= 1 && n <= 24 ? n : 0;
        }
        return switch (t.lower(i)) {
            case "three" -> 3;
            case "six" -> 6;
            case "nine" -> 9;
            case "twelve" -> 12;
            default -> 0;
        };
    }

    /** The expression at token {@code i}; with {@code deadline}, a date without its year lies ahead. */
    private static PeriodMatch core(Tokens t, int i, boolean[] taken, LocalDate pub, boolean deadline) {
        if (i >= t.size || taken[i] && !monthsTo(t, i)) {
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
        int span = t.is(i, "quarter") ? 3 : t.is(i, "year") ? 12 : t.is(i + 1, "months") ? monthCount(t, i) : 0;
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
