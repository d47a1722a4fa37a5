package dev.factcheck.claims;

import java.util.Set;

/**
 * The dates of statements, as opposed to the periods figures are about: "said on Monday", ", the
 * drugmaker said on Tuesday", ", a filing dated October 28 shows", "reported … on Thursday", "today
 * announced". {@link PeriodStage} lets such a date date the figures of the clause it governs that have no
 * period of their own; these rules say which dates are a statement's and what the statement governs.
 */
final class StatementDates {

    /** Verbs whose date is the statement's: "said on Monday", "announced in March", "a memo dated October 20". */
    static final Set<String> DATING_WORDS = Set.of(
            "said", "says", "told", "wrote", "writes", "added", "explained", "noted", "announced", "reported",
            "dated", "confirmed", "disclosed", "stated");
    /** Verbs of a statement: a date in their clause is the statement's. */
    private static final Set<String> REPORTING_VERBS = Set.of(
            "said", "says", "told", "wrote", "writes", "added", "announced", "reported", "report", "posted",
            "confirmed", "disclosed", "stated", "shows", "showed");
    /** How far before its date a reporting clause may open: ", the materials and biotech group disclosed late on Tuesday". */
    private static final int STATEMENT_WINDOW = 12;
    /** Words that open a time of its own after an attribution: ", the company confirmed on Wednesday, five months after ...". */
    private static final Set<String> TIME_CONNECTIVES = Set.of("after", "before", "since", "when", "until");
    /** Words that lead into a time: "in", "on", "at the end of". */
    private static final Set<String> LEAD_IN = Set.of("in", "on", "at", "the", "end", "close", "of", "during");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "we", "he", "she");
    /** Verbs of publishing results: "when it reports next month". */
    private static final Set<String> REPORT_VERBS = Set.of("reports", "report", "publishes", "publish", "releases");
    /** Words that open the time of an event: "when it reports", "once it publishes". */
    private static final Set<String> WHEN_WORDS = Set.of("when", "once", "after", "before");

    private StatementDates() {
    }

    /**
     * "said on Monday", "announced in March", "announced Tuesday": the date of a statement, not of what
     * it reports. What a report names right after its verb ("reported third-quarter revenue", "reported
     * 2024 revenue") is the figure's own period.
     */
    static boolean datesAStatement(Tokens t, PeriodMention p) {
        if ((t.is(p.startTok() - 1, "on") || t.is(p.startTok() - 1, "in")) && t.isAny(p.startTok() - 2, DATING_WORDS)) {
            return true;
        }
        if (t.is(p.startTok() - 1, "on") && saidThroughADocument(t, p.startTok() - 1)) {
            return true;
        }
        return t.isAny(p.startTok() - 1, DATING_WORDS)
                && (p.period() == null || p.period().from().equals(p.period().to()));
    }

    /** How many words may name the document or audience of a statement: "said in a regulatory filing on Monday". */
    private static final int STATEMENT_MEDIUM_WORDS = 5;
    /** Words that end a statement's medium and open what was said. */
    private static final Set<String> CONTENT_OPENERS = Set.of("that", "it", "its", "they", "we");

    /**
     * "said in a filing on Monday", "told staff in a memo on Tuesday", "said in a statement on Friday":
     * a verb of saying, then the medium or audience of the statement in lower-case words, then the "on"
     * of its date (token {@code on}).
     */
    private static boolean saidThroughADocument(Tokens t, int on) {
        for (int k = on - 1; k >= 0 && k >= on - STATEMENT_MEDIUM_WORDS - 1; k--) {
            if (t.isAny(k, DATING_WORDS)) {
                return k < on - 1;
            }
            if (!t.isWord(k) || t.capitalised(k) || t.isAny(k, CONTENT_OPENERS)) {
                return false;
            }
        }
        return false;
    }

    /**
     * ", the drugmaker said on Tuesday", ", a filing dated October 28 shows": a reporting clause after
     * the figure's, set off by a comma, whose date is the statement's; it holds no figure.
     */
    static boolean trailingStatement(ClaimDraft draft, PeriodMention p) {
        Tokens t = draft.tokens();
        int comma = p.startTok() - 1;
        while (comma >= 0 && comma > p.startTok() - STATEMENT_WINDOW && !PeriodStage.breaks(t, comma)) {
            comma--;
        }
        if (comma < 0 || !t.isSym(comma, ',') || !PeriodStage.breaks(t, comma)) {
            return false;
        }
        int end = p.endTok();
        while (end < t.size && end < p.endTok() + 3 && !t.isSymAny(end, ",;.")) {
            end++;
        }
        // The verb of saying stands right before the date ("disclosed late on Tuesday") or after it ("a
        // filing dated October 28 shows"); a date further on is told inside what was said ("says it will
        // open none this year").
        boolean reports = false;
        for (int k = p.startTok() - 1; k > comma && k >= p.startTok() - 3 && !reports; k--) {
            reports = t.isAny(k, REPORTING_VERBS);
        }
        for (int k = p.endTok(); k < end && !reports; k++) {
            reports = t.isAny(k, REPORTING_VERBS);
        }
        return reports && PeriodStage.noFigureBetween(draft, comma, end);
    }

    /**
     * "reported third-quarter revenue of $3.1 billion on Tuesday": a single day after a figure that a
     * reporting verb before it introduces is the day of the report.
     */
    static boolean reportDay(ClaimDraft draft, PeriodMention p) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        if (p.period() == null || !p.period().from().equals(p.period().to()) || p.startTok() < f.endTok
                || p.startTok() > f.endTok + 2 || !(t.is(p.startTok(), "on") || t.is(p.startTok() - 1, "on"))) {
            return false;
        }
        int clause = draft.figureClause();
        for (int k = f.startTok - 1; k >= 0 && draft.clauses().at(k) == clause; k--) {
            if (t.isAny(k, REPORTING_VERBS)) {
                return draft.clauses().at(p.startTok()) == clause;
            }
        }
        return false;
    }

    /**
     * "the reduction of 950 roles announced in February", "the 24,900 workers it reported at the end of
     * June": a statement right after the figure's noun dates the figure with the statement.
     */
    static boolean announcedWith(Tokens t, Figure f, int verb, PeriodMention p) {
        int next = verb + 1;
        while (next < p.startTok() && next < verb + 5 && t.isAny(next, LEAD_IN)) {
            next++;
        }
        boolean close = verb - f.endTok <= 1 || verb - f.endTok <= 3 && t.isAny(verb - 1, SUBJECT_PRONOUNS);
        return close && next == p.startTok() && (t.is(verb, "announced") || t.is(verb, "reported"));
    }

    /**
     * "would be about $3.2 billion when it reports next month", "once it publishes results in February": the
     * date of a report still to come, not the period of the figure it will report.
     */
    static boolean dateOfAReport(Tokens t, PeriodMention p) {
        int verb = t.is(p.startTok() - 1, "on") || t.is(p.startTok() - 1, "in") ? p.startTok() - 2 : p.startTok() - 1;
        if (t.isAny(verb, REPORT_VERBS) || t.is(verb, "results") && t.isAny(verb - 1, REPORT_VERBS)) {
            int v = t.is(verb, "results") ? verb - 1 : verb;
            for (int k = v - 1; k >= 0 && k >= v - 3; k--) {
                if (t.isAny(k, WHEN_WORDS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "it said on Monday": a date right after a verb of saying, wherever the clause of what was said stands. */
    static boolean saysOn(Tokens t, PeriodMention p) {
        int verb = t.is(p.startTok() - 1, "on") ? p.startTok() - 2 : p.startTok() - 1;
        return t.isAny(verb, REPORTING_VERBS) && p.period() != null && p.period().from().equals(p.period().to());
    }

    /**
     * "Nakatomi is larger today than ever", "It counts 7,500 shippers today": a "today" after a word of its
     * clause that dates no statement ("today announced", "said today") means now, and dates no figure; a
     * "today" that opens its clause governs it ("; today it has 8,600 employees").
     */
    static boolean presentToday(Tokens t, PeriodMention p) {
        int before = p.startTok() - 1;
        return t.is(p.startTok(), "today") && p.endTok() == p.startTok() + 1 && t.isWord(before)
                && !t.isAny(before, DATING_WORDS) && !t.isAny(p.endTok(), DATING_WORDS);
    }

    /**
     * ", the company confirmed on Wednesday, less than five months after ...": a reporting clause set off
     * by commas, whose date closes it, attributes what came before it, not a figure of the time told after it.
     */
    static boolean trailingAttribution(ClaimDraft draft, PeriodMention p) {
        Tokens t = draft.tokens();
        if (!datesAStatement(t, p) || !t.isSym(p.endTok(), ',') || !trailingStatement(draft, p)
                || draft.figure().startTok <= p.endTok()) {
            return false;
        }
        for (int k = p.endTok(); k < draft.figure().startTok; k++) {
            if (t.isAny(k, TIME_CONNECTIVES)) {
                return true;
            }
        }
        return false;
    }
}
