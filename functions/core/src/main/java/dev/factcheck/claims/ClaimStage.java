package dev.factcheck.claims;

import dev.factcheck.text.NormalizedText;
import dev.factcheck.text.Sentence;
import dev.factcheck.time.Period;
import java.util.Set;

/**
 * The last stage: the claim's words (the figure with its hedge, the words that say what was counted
 * and a period right after them), its QuanTemp type, and the {@link Claim} itself, whose span, words
 * and sentence are those of the original text.
 */
final class ClaimStage {

    private static final Set<String> SPAN_WORDS = Set.of(
            "people", "employees", "employee", "workers", "worker", "jobs", "job", "roles", "role", "positions",
            "position", "staff", "staffers", "engineers", "contractors", "managers", "recruiters", "corporate",
            "office", "warehouse", "tech", "salaried", "cuts", "layoffs", "redundancies", "posts", "more");
    /** The tokens of the longest "since ..." that joins a claim's words ("since the spring"). */
    private static final int SHORT_SINCE = 4;

    /** "in early 2026": a part of a year is read as a period, but stays out of the claim's words. */
    private static final Set<String> PARTS_OF_A_YEAR = Set.of("early", "mid", "late");
    private static final Set<String> LEVEL_WORDS_BEFORE_UP_OR_DOWN = Set.of(
            "was", "is", "were", "are", "revenue", "sales", "profit", "income");

    private ClaimStage() {
    }

    static Claim build(ClaimDraft draft, String id) {
        if (draft.figure().minus && draft.figure().value.signum() > 0) {
            draft = draft.negated(); // a table's change column has turned it already
        }
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        ClaimDraft.Qualifying qualifying = draft.qualifying();
        ClaimDraft.Measure measure = draft.measure();
        PeriodMention period = draft.timing().period();
        int spanStart = qualifying.spanStart();
        int spanEnd = qualifying.spanEnd();
        // Extend the span over the words that say what was counted, and a period right after them.
        int words = 0;
        while (words < 3 && t.isWord(spanEnd) && SPAN_WORDS.contains(t.lower(spanEnd))) {
            spanEnd++;
            words++;
        }
        if (period != null && (t.is(spanEnd, "in") || t.is(spanEnd, "during") || t.is(spanEnd, "for"))
                && period.startTok() == spanEnd + 1 && !t.isAny(period.startTok(), PARTS_OF_A_YEAR)) {
            spanEnd = period.endTok();
        } else if (period != null && period.startTok() == spanEnd && period.since()
                && period.endTok() - period.startTok() <= SHORT_SINCE) {
            // "since March 2024" joins the claim's words; an event's time ("since its founding in 2019") does not.
            spanEnd = period.endTok();
        }
        Period resolved = period == null ? null : period.period();
        PeriodSource source = resolved == null ? PeriodSource.NONE : period.source();
        ClaimType type = type(draft, period);
        NormalizedText text = draft.sentence().source();
        int charStart = text.originalStart(t.start[spanStart]);
        int charEnd = text.originalEnd(t.end[spanEnd - 1]);
        Sentence sentence = draft.sentence().sentence();
        String sentenceText = text.unchanged() ? sentence.text()
                : text.original().substring(text.originalStart(sentence.start()), text.originalEnd(sentence.end()));
        Relation relation = draft.relating().relation();
        String metric = relation instanceof Relation.Share share ? share.metric() : measure.metric();
        return new Claim(id, text.original().substring(charStart, charEnd), new Span(charStart, charEnd),
                sentenceText, Figure.normal(f.value), measure.unit(), qualifying.qualifier(),
                qualifying.bounds(), draft.subject().entity(), measure.object(), metric, resolved, source,
                type, relation, draft.relating().prediction(),
                draft.subject().part());
    }

    /**
     * A stated range is an interval; a comparison word near the figure in its clause ("rose", "than",
     * "up from") makes a comparison, but not "more than 10,000", "up to" or a phrasal "cut down"; a
     * "since ..." period makes it temporal; otherwise it is statistical.
     */
    private static ClaimType type(ClaimDraft draft, PeriodMention period) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        Qualifier qualifier = draft.qualifying().qualifier();
        int spanStart = draft.qualifying().spanStart();
        Clauses clauses = draft.clauses();
        int figureClause = draft.figureClause();
        if (qualifier == Qualifier.RANGE) {
            return ClaimType.INTERVAL;
        }
        for (int i = Math.max(0, spanStart - 6); i < Math.min(t.size, f.endTok + 6); i++) {
            if (clauses.at(i) != figureClause || (i >= spanStart && i < f.endTok) || !t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            if (!Lexicon.COMPARISON_WORDS.contains(w)) {
                continue;
            }
            boolean qualifierThan = w.equals("than") && (t.is(i - 1, "more") || t.is(i - 1, "less")
                    || t.is(i - 1, "fewer")) && (t.isNum(i + 1) || t.isSymAny(i + 1, "$\u20ac\u00a3~")
                    || Lexicon.NUMBER_WORDS.containsKey(t.lower(i + 1)));
            boolean upTo = w.equals("up") && t.is(i + 1, "to");
            boolean phrasal = (w.equals("up") || w.equals("down")) && i > 0 && (t.isWord(i - 1) || t.isSym(i - 1, '-'))
                    && !t.isAny(i - 1, LEVEL_WORDS_BEFORE_UP_OR_DOWN);
            if (!qualifierThan && !upTo && !phrasal) {
                return ClaimType.COMPARISON;
            }
        }
        if (period != null && period.since() && period.period() != null) {
            return ClaimType.TEMPORAL;
        }
        return ClaimType.STATISTICAL;
    }
}
