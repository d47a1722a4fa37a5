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
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "we", "he", "she", "who");
    /** How many words a boundary may hold before its time: "after its latest top-up in August". */
    private static final int BOUNDARY_WORDS = 7;
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
        // "the same quarter" points at the latest span, past a day between ("for the three months to June on
        // Wednesday, up from $4.5 billion in the same quarter of 2024")
        Period spanAntecedent = previous;
        int contextYear = -1;
        YearMonth contextMonth = null;
        int contextClause = -1;
        Clauses clauses = Clauses.of(t);
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
            PeriodMatch carried = RelativePeriods.closedWith(t, i, pub, firstFuture < i);
            if (carried == null) {
                carried = RelativePeriods.spanEnd(t, i, pub, firstFuture < i);
            }
            if (carried == null) {
                carried = RelativePeriods.anaphoric(t, i, antecedent, spanAntecedent);
            }
            PeriodMention m = carried != null ? mention(i, carried, pub) : matchAt(t, i, taken, pub, firstFuture);
            if (m != null && m.yearless() && m.period() != null && (t.is(m.startTok() - 1, "last") || t.is(m.startTok() - 1, "this"))) {
                // "900 this February and 1,600 in September": a month told against publication is no month of
                // an earlier year of its clause, and its year carries to the months after it ("last February"
                // is read whole by CalendarDates.lastMonth and carries its year the same way).
                m = PeriodMention.of(m.startTok(), m.endTok(), m.period(), m.source(), false, pub);
            }
            if (m != null && m.yearless() && contextYear > 0 && (contextMonth == null || clauses.at(i) == contextClause)) {
                // "In 2023, Meta laid off 10,000 in March": March of 2023, not the latest March; "raised $60
                // million in May 2024 and $250 million in February": the February after that May.
                Period p = m.period();
                int shift = contextYear - p.from().getYear();
                Period shifted = new Period(p.from().plusYears(shift), p.to().plusYears(shift));
                if (contextMonth != null && YearMonth.from(shifted.from()).isBefore(contextMonth)
                        && !shifted.to().plusYears(1).isAfter(pub)) {
                    shifted = new Period(shifted.from().plusYears(1), shifted.to().plusYears(1));
                }
                m = PeriodMention.of(m.startTok(), m.endTok(), shifted, m.source(), false, pub);
            } else if (m != null && !m.yearless() && m.period() != null
                    && m.period().from().getYear() == m.period().to().getYear() && m.source() == PeriodSource.EXPLICIT
                    && (m.startTok() <= 1 || partOfAYear(m.period()))) {
                // The year of "In 2023, ..." carries to every later month; the year of "in May 2025 and
                // another 9,000 in July" or "in the first half of 2026 and another 400 in the second half"
                // to a later month, quarter or half of its clause; a year told of another figure ("fell
                // below 40,000 in 2024 and stood at 37,400 in June") does not.
                contextYear = m.period().from().getYear();
                boolean month = m.startTok() > 1;
                contextMonth = month ? YearMonth.from(m.period().from()) : null;
                contextClause = clauses.at(m.startTok());
            }
            if (m != null) {
                if (m.period() != null) {
                    antecedent = m.period();
                    spanAntecedent = m.period().from().equals(m.period().to()) ? spanAntecedent : m.period();
                }
                NumberReader.markTaken(taken, m.startTok(), m.endTok());
                found.add(m);
                i = m.endTok();
            } else {
                i++;
            }
        }
        return oneYearPerClause(found, clauses, pub);
    }

    /**
     * "It announced 1,100 on 4 November, its second round of the year after 640 in March", published in
     * April: months and days without a year in one clause are of one year, the latest in which all of them
     * lie behind publication (November and March of last year, not March of this one).
     */
    private static List<PeriodMention> oneYearPerClause(List<PeriodMention> found, Clauses clauses, LocalDate pub) {
        List<PeriodMention> result = new ArrayList<>(found);
        for (PeriodMention m : found) {
            if (!pastYearless(m, pub)) {
                continue;
            }
            for (int k = 0; k < result.size(); k++) {
                PeriodMention other = result.get(k);
                if (other == m || !pastYearless(other, pub) || clauses.at(other.startTok()) != clauses.at(m.startTok())) {
                    continue;
                }
                int shift = m.period().from().getYear() - other.period().from().getYear();
                if (shift < 0) {
                    Period p = other.period();
                    result.set(k, PeriodMention.of(other.startTok(), other.endTok(),
                            new Period(p.from().plusYears(shift), p.to().plusYears(shift)), other.source(), true, pub));
                }
            }
        }
        return result;
    }

    /** A month, quarter, half or third of one year: a time whose year a later one of its clause shares. */
    private static boolean partOfAYear(Period p) {
        return !(p.from().getDayOfYear() == 1 && p.to().getMonthValue() == 12 && p.to().getDayOfMonth() == 31);
    }

    private static boolean pastYearless(PeriodMention m, LocalDate pub) {
        return m.yearless() && m.period() != null && !m.period().to().isAfter(pub) && m.deadline() == null;
    }

    private static PeriodMention matchAt(Tokens t, int i, boolean[] taken, LocalDate pub, int firstFuture) {
        if (t.is(i, "since")) {
            // "since March", "since the start of the year", "since its founding in 2019"
            PeriodMatch inner = core(t, i + 1, taken, pub, false);
            if (inner == null && eventNoun(t, i + 1) > 0) {
                inner = core(t, eventNoun(t, i + 1), taken, pub, false);
            }
            if (inner != null && !inner.future()) {
                LocalDate from = inner.period().from();
                Period p = from.isAfter(pub) ? null : new Period(from, pub);
                return new PeriodMention(i, inner.end(), p, p == null ? PeriodSource.NONE : inner.source(), true);
            }
            return null;
        }
        if (t.is(i, "before") || t.is(i, "after") || (t.is(i, "prior") && t.is(i + 1, "to"))) {
            // "a figure from before this summer", "before the March cuts", "after its latest top-up in
            // August", "before the end of the year": a boundary, not the time the figure is about
            int from = t.is(i, "prior") ? i + 2 : i + 1;
            for (int j = from; j < from + BOUNDARY_WORDS && j < t.size; j++) {
                PeriodMatch inner = core(t, j, taken, pub, false);
                if (inner != null) {
                    return new PeriodMention(i, inner.end(), null, PeriodSource.NONE, false);
                }
                if (!t.isWord(j) && !(t.isSym(j, '-') && t.attached(j)) || t.capitalised(j) && j > from) {
                    break;
                }
            }
            return null;
        }
        if (t.is(i, "by") || t.is(i, "until") || t.is(i, "till") || t.is(i, "through")) {
            int j = i + 1;
            if (t.is(j, "the") && (t.is(j + 1, "end") || t.is(j + 1, "close") || t.is(j + 1, "middle"))
                    && t.is(j + 2, "of") && !(t.is(j + 3, "the") && t.is(j + 4, "year"))) {
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
            // "by 2027", "through 2028", "expects to close 60 sites by the end of the third quarter": a
            // deadline ahead is not a period the figure is about.
            boolean deadline = m.future() || cue && m.ahead();
            return deadline ? PeriodMention.deadline(i, inner.end(), t.is(i, "by") ? m.period() : null) : m;
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
        if (t.is(i, "beginning") || t.is(i, "starting")) {
            // "savings of $120 million beginning in fiscal 2026": an open start ahead, like "from 2027".
            int j = t.is(i + 1, "in") || t.is(i + 1, "from") || t.is(i + 1, "with") ? i + 2 : i + 1;
            PeriodMatch start = core(t, j, taken, pub, true);
            if (start != null && (start.future() || start.period() != null && start.period().from().isAfter(pub))) {
                return new PeriodMention(i, start.end(), null, PeriodSource.NONE, false);
            }
        }
        if (t.is(i, "annual") && t.isAny(i + 1, ANNUAL_FLOWS)) {
            // "annual revenue of $12.4 billion": the last calendar year; "expects annual revenue of $22
            // billion": the current one, still ahead.
            int year = firstFuture < i ? pub.getYear() : pub.getYear() - 1;
            return mention(i, PeriodMatch.relative(i + 1, CalendarDates.years(year, year)), pub);
        }
        int fullYear = fullYear(t, i);
        if (fullYear > i && CalendarDates.yearAt(t, fullYear, taken) < 0) {
            // "expects $10.5 billion for the full year", "its full-year forecast", "guided for full-year
            // revenue": the current year;
            // "full-year revenue of $9.6 billion" told of the past: the last one over.
            boolean ahead = firstFuture < i || outlookNounAfter(t, fullYear) || outlookVerbBefore(t, i);
            int year = ahead ? pub.getYear() : pub.getYear() - 1;
            return mention(i, PeriodMatch.relative(fullYear, CalendarDates.years(year, year)), pub);
        }
        PeriodMatch span = monthSpan(t, i, taken, pub);
        if (span != null) {
            return mention(i, span, pub);
        }
        // "will cut 500 jobs in February": a month or quarter without a year, after "will", lies ahead.
        PeriodMatch raw = core(t, i, taken, pub, ahead(t, i, firstFuture) || due(t, i));
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

    /**
     * "would" stands before token {@code i}: reported speech about what was then ahead, unless a subject
     * with a past verb of its own stands between ("that would follow the 260 it let go in April").
     */
    private static boolean reportedFuture(Tokens t, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (t.is(k, "would")) {
                return !ownSubjectBetween(t, k, i);
            }
        }
        return false;
    }

    /** A subject pronoun with a verb of its own between {@code cue} and the time at {@code i}: a clause of its own. */
    private static boolean ownSubjectBetween(Tokens t, int cue, int i) {
        for (int k = cue + 1; k < i - 1; k++) {
            if (t.isAny(k, SUBJECT_PRONOUNS) && t.isWord(k + 1) && !Lexicon.futureAt(t, k + 1) && !t.isAny(k + 1, MODALS)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of the past before "due": "the payment was due on March 1" looks back. */
    private static final Set<String> PAST_BE = Set.of("was", "were", "had", "been");

    /**
     * "Third-quarter figures are due on November 13", "results due in February": a date something is due on,
     * without its year, is the next one (not when it was due: "was due on March 1").
     */
    private static boolean due(Tokens t, int i) {
        int before = t.is(i - 1, "on") || t.is(i - 1, "in") || t.is(i - 1, "by") ? i - 2 : i - 1;
        return t.is(before, "due") && !t.isAny(before - 1, PAST_BE);
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
        return !ownSubjectBetween(t, firstFuture, i);
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
     * December), "late last year", "early next year": a third of the year, as reporters write it.
     */
    private static PeriodMatch partOfYear(Tokens t, int i, boolean[] taken, LocalDate pub) {
        int third = t.is(i, "early") ? 0 : t.is(i, "mid") ? 1 : t.is(i, "late") ? 2 : -1;
        if (third < 0) {
            return null;
        }
        int at = t.isSymAny(i + 1, "-\u2013") && t.attached(i + 1) ? i + 2 : i + 1;
        if (third == 1 && t.is(at, "year") && at == i + 2) {
            // "21,100 at mid-year": the middle of the latest year whose middle has begun.
            int year = LocalDate.of(pub.getYear(), 5, 1).isAfter(pub) ? pub.getYear() - 1 : pub.getYear();
            return PeriodMatch.relative(at + 1, new Period(LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 31)));
        }
        int year = CalendarDates.yearAt(t, at, taken);
        int end = at + 1;
        int shift = CalendarDates.relativeYear(t, at);
        if (year < 0 && shift != CalendarDates.NO_RELATIVE_YEAR) {
            // "late last year", "early this year", "early next year"
            year = pub.getYear() + shift;
            end = at + 2;
        }
        if (year < 0) {
            return null;
        }
        LocalDate from = LocalDate.of(year, 1 + 4 * third, 1);
        return PeriodMatch.explicit(end, new Period(from, from.plusMonths(4).minusDays(1)));
    }

    /**
     * "at the start of the year", "the beginning of 2024", "since the start of the year": the first day
     * of that year; "the end of the year", "the close of the year": the current year, like "this year".
     */
    private static PeriodMatch startOrEndOfAYear(Tokens t, int i, boolean[] taken, LocalDate pub) {
        int k = t.is(i, "the") ? i + 1 : i;
        if (!t.is(k - 1, "the") || !t.is(k + 1, "of")) {
            return null;
        }
        boolean thisYear = t.is(k + 2, "the") && t.is(k + 3, "year");
        int end = thisYear ? k + 4 : k + 3;
        int year = thisYear ? pub.getYear() : CalendarDates.yearAt(t, k + 2, taken);
        if (year < 0) {
            return null;
        }
        if (t.is(k, "start") || t.is(k, "beginning")) {
            return PeriodMatch.relative(end, Period.day(LocalDate.of(year, 1, 1)));
        }
        if (thisYear && (t.is(k, "end") || t.is(k, "close"))) {
            return PeriodMatch.relative(end, CalendarDates.years(year, year));
        }
        return null;
    }

    /** How many tokens an event may take before its "in": "since the company's founding in 2019". */
    private static final int EVENT_WORDS = 7;

    /**
     * "since its founding in 2019", "since the company's listing in 2021": the token after the event
     * noun's "in" where the time is told, or -1.
     */
    private static int eventNoun(Tokens t, int i) {
        for (int k = i; k < i + EVENT_WORDS && k < t.size; k++) {
            if (t.is(k, "in") && k > i) {
                return k + 1;
            }
            if (!t.isWord(k) && !(t.isSymAny(k, "'\u2019") && t.is(k + 1, "s")) || t.isAny(k, STATEMENT_VERBS)) {
                return -1;
            }
        }
        return -1;
    }

    /** How far after "full-year" the noun of an outlook may stand: "its full-year revenue guidance". */
    private static final int OUTLOOK_NOUN_REACH = 3;

    /** "its full-year forecast", "its full-year revenue guidance": a noun of outlook from token {@code k} on. */
    private static boolean outlookNounAfter(Tokens t, int k) {
        for (int j = k; j < k + OUTLOOK_NOUN_REACH && t.isWord(j); j++) {
            if (t.isAny(j, Lexicon.OUTLOOK_NOUNS)) {
                return true;
            }
        }
        return false;
    }

    /** "guided for full-year revenue", "forecast full-year sales": a verb of outlook before token {@code i}. */
    private static boolean outlookVerbBefore(Tokens t, int i) {
        for (int k = 0; k < i; k++) {
            if (t.isAny(k, Lexicon.OUTLOOK_VERBS)) {
                return true;
            }
        }
        return false;
    }

    /** "the full year", "full-year": the token after it, or -1. */
    private static int fullYear(Tokens t, int i) {
        if (!t.is(i, "full")) {
            return -1;
        }
        if (t.is(i + 1, "year")) {
            return i + 2;
        }
        return t.isSymAny(i + 1, "-\u2013") && t.attached(i + 1) && t.is(i + 2, "year") ? i + 3 : -1;
    }

    /**
     * "the April-to-June quarter", "the July-September period", "April to June 2025", "in January and
     * February" (two months in a row): the months from the first to the last, which ends in the year written after it or, without one, the latest such
     * month by publication.
     */
    private static PeriodMatch monthSpan(Tokens t, int i, boolean[] taken, LocalDate pub) {
        if (!t.capitalised(i) || !Lexicon.MONTHS.containsKey(t.lower(i))) {
            return null;
        }
        PeriodMatch first = CalendarDates.at(t, i, taken, pub, false);
        if (first == null || !wholeMonth(first.period())) {
            return null;
        }
        int j = first.end();
        boolean dash = t.isSymAny(j, "-\u2013") && t.attached(j);
        if (dash && t.is(j + 1, "to") && t.isSymAny(j + 2, "-\u2013")) {
            j += 3;
        } else if (dash || t.is(j, "to") || t.is(j, "through") || t.is(j, "and")) {
            j++;
        } else {
            return null;
        }
        PeriodMatch last = CalendarDates.at(t, j, taken, pub, false);
        if (last == null || !wholeMonth(last.period())) {
            return null;
        }
        LocalDate to = last.period().to();
        LocalDate from = first.period().from().withYear(to.getYear());
        if (from.isAfter(to)) {
            from = from.minusYears(1);
        }
        if (t.is(first.end(), "and") && !from.plusMonths(2).minusDays(1).equals(to)) {
            // "in March and November" are two months, not the months between them
            return null;
        }
        return PeriodMatch.explicit(last.end(), new Period(from, to));
    }

    private static boolean wholeMonth(Period p) {
        return p != null && p.from().getDayOfMonth() == 1 && p.to().equals(YearMonth.from(p.from()).atEndOfMonth());
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

    /**
     * "the June quarter", "the September quarter of 2024": the quarter that ends in the month named, of
     * the year written after it, else the latest such quarter begun by publication.
     */
    private static PeriodMatch quarterNamedByItsLastMonth(Tokens t, int i, boolean[] taken, LocalDate pub) {
        Integer month = Lexicon.MONTHS.get(t.lower(i));
        if (month == null || month % 3 != 0 || !t.is(i + 1, "quarter") || !t.is(i - 1, "the") && !t.is(i - 1, "its")) {
            return null;
        }
        int end = i + 2;
        int year = t.is(end, "of") ? CalendarDates.yearAt(t, end + 1, taken) : -1;
        if (year > 0) {
            end += 2;
        } else {
            year = YearMonth.of(pub.getYear(), month).minusMonths(2).atDay(1).isAfter(pub) ? pub.getYear() - 1 : pub.getYear();
        }
        LocalDate to = YearMonth.of(year, month).atEndOfMonth();
        Period quarter = new Period(to.plusDays(1).minusMonths(3), to);
        return end > i + 2 ? PeriodMatch.explicit(end, quarter) : PeriodMatch.yearless(end, quarter);
    }

    /** The expression at token {@code i}; with {@code deadline}, a date without its year lies ahead. */
    private static PeriodMatch core(Tokens t, int i, boolean[] taken, LocalDate pub, boolean deadline) {
        if (i >= t.size || taken[i] && !monthsTo(t, i)) {
            return null;
        }
        PeriodMatch namedByItsEnd = quarterNamedByItsLastMonth(t, i, taken, pub);
        if (namedByItsEnd != null) {
            return namedByItsEnd;
        }
        PeriodMatch date = CalendarDates.at(t, i, taken, pub, deadline);
        if (date != null) {
            return date;
        }
        PeriodMatch start = startOrEndOfAYear(t, i, taken, pub);
        if (start != null) {
            return start;
        }
        PeriodMatch part = partOfYear(t, i, taken, pub);
        if (part != null) {
            return part;
        }
        // the quarter ended June 30; the year to March 2024; the three months to June; the half to 30 June
        boolean halfYear = t.is(i, "half") && t.isSym(i + 1, '-') && t.attached(i + 1) && t.is(i + 2, "year");
        int span = t.is(i, "quarter") ? 3 : t.is(i, "year") ? 12 : t.is(i, "half") ? 6
                : t.is(i + 1, "months") ? monthCount(t, i) : 0;
        if (span > 0) {
            int j = t.is(i + 1, "months") ? i + 2 : halfYear ? i + 3 : i + 1;
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
