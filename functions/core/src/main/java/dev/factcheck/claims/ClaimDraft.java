package dev.factcheck.claims;

import dev.factcheck.catalog.Unit;
import java.util.Objects;

/**
 * One figure on its way to becoming a claim: the sentence it stands in, the claim made just before
 * it in that sentence, and what each stage found so far. Each stage returns a copy with its own part
 * filled in ({@link Stage}); a part is null until its stage has run.
 *
 * @param sentence       the sentence and everything read in it
 * @param figure         the number as written
 * @param previous       the draft of the sentence's previous claim, after every stage; or null
 * @param qualifying     the qualifier stage's answer
 * @param subject        the entity stage's answer
 * @param measure        the metric stage's answer
 * @param timing         the period stage's answer
 * @param relating       the relation stage's answer
 */
record ClaimDraft(SentenceContext sentence, Figure figure, ClaimDraft previous, Qualifying qualifying,
                  Subject subject, Measure measure, Timing timing, Relating relating) {

    /**
     * The hedge of the figure, the tokens of the claim so far ({@code spanEnd} exclusive) and the
     * band of values it is consistent with.
     */
    record Qualifying(Qualifier qualifier, int spanStart, int spanEnd, Bounds bounds) {
    }

    /**
     * The organisation the figure is about, the counterparty nearest to it in its clause, and the
     * part of the organisation the figure describes ("its Skyline Labs division"); each may be null.
     */
    record Subject(String entity, String counterparty, String part) {

        Subject(String entity, String counterparty) {
            this(entity, counterparty, null);
        }
    }

    /** The metric cue of the figure, its unit, metric and counterparty (all but the unit may be null). */
    record Measure(MetricCues.Cue cue, Unit unit, String metric, String object) {

        Measure {
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** The time expression the figure applies to, or null when none does. */
    record Timing(PeriodMention period) {
    }

    /** How the figure relates to other figures of its entity, and whether it is a prediction. */
    record Relating(Relation relation, boolean prediction) {

        Relating {
            Objects.requireNonNull(relation, "relation");
        }
    }

    ClaimDraft {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(figure, "figure");
    }

    static ClaimDraft of(SentenceContext sentence, Figure figure, ClaimDraft previous) {
        return new ClaimDraft(sentence, figure, previous, null, null, null, null, null);
    }

    ClaimDraft with(Qualifying q) {
        return new ClaimDraft(sentence, figure, previous, q, subject, measure, timing, relating);
    }

    ClaimDraft with(Subject s) {
        return new ClaimDraft(sentence, figure, previous, qualifying, s, measure, timing, relating);
    }

    ClaimDraft with(Measure m) {
        return new ClaimDraft(sentence, figure, previous, qualifying, subject, m, timing, relating);
    }

    ClaimDraft with(Timing t) {
        return new ClaimDraft(sentence, figure, previous, qualifying, subject, measure, t, relating);
    }

    ClaimDraft with(Relating r) {
        return new ClaimDraft(sentence, figure, previous, qualifying, subject, measure, timing, r);
    }

    /** The draft of the same figure with its sign turned, bounds and all ("-2.7%" in a table cell). */
    ClaimDraft negated() {
        Bounds b = qualifying.bounds();
        Bounds turned = b.high() == null ? b : new Bounds(b.high().negate(), b.low().negate());
        Qualifying q = new Qualifying(qualifying.qualifier(), qualifying.spanStart(), qualifying.spanEnd(), turned);
        return new ClaimDraft(sentence, figure.negated(), previous, q, subject, measure, timing, relating);
    }

    Tokens tokens() {
        return sentence.tokens();
    }

    Clauses clauses() {
        return sentence.clauses();
    }

    /** The clause the figure stands in. */
    int figureClause() {
        return sentence.clauses().at(figure.startTok);
    }
}
