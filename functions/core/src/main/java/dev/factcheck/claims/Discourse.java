package dev.factcheck.claims;

import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the sentences read so far tell the next one: the organisation named last (the fallback
 * entity of a figure), the organisation of a sentence ending with a colon (the subject of the list
 * that follows), the latest counterparty (the antecedent of "the start-up" after "invested in") and
 * the latest period (the antecedent of "that year").
 * One per extraction; mutable, never shared between threads.
 */
final class Discourse {

    private boolean named;
    private String entity;
    private boolean listNamed;
    private String listEntity;
    /** The latest counterparty named: the antecedent of "the start-up" after "invested in". */
    String object;
    /** The last period the text named: what "that year" and "the same period" refer to. */
    Period period;
    /** The measure of the last claim: what a bare figure in the next sentence counts. */
    ClaimDraft.Measure measure;
    /** The measure of the latest claim of each value: what a repeated figure ("Another 600 would ...") counts. */
    private final Map<BigDecimal, ClaimDraft.Measure> measuresByValue = new HashMap<>();
    /** What the text has called each organisation: "Hooli is a robotics start-up" → start-up → Hooli. */
    private final Map<String, String> descriptions = new HashMap<>();

    private static final Set<String> GENERIC_HEADS = Set.of("company", "firm", "business");
    private static final Set<String> COPULAS = Set.of("is", "was", "remains", "became");
    private static final Set<String> DESCRIPTION_ENDS = Set.of(
            "that", "which", "who", "whose", "based", "with", "in", "of", "for", "from", "and", "to", "at", "on", "by");

    /**
     * Enters a sentence. A bullet line after a sentence ending with a colon is about that sentence's
     * organisation; any other sentence closes the list. Returns whether the sentence is such a bullet.
     */
    boolean enter(Tokens t) {
        boolean bullet = t.isSymAny(0, "\u2013\u2014-\u2022*\u00b7") && listNamed;
        if (bullet) {
            named = true;
            entity = listEntity;
        } else {
            listNamed = false;
        }
        return bullet;
    }

    /** Remembers what the claims of a sentence or a table row counted, the last one for a bare figure. */
    void measured(List<ClaimDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        measure = drafts.getLast().measure();
        for (ClaimDraft draft : drafts) {
            measuresByValue.put(Figure.normal(draft.figure().value), draft.measure());
        }
    }

    /** The measure of the latest claim of each value so far, keyed by {@link Figure#normal} values; read-only. */
    Map<BigDecimal, ClaimDraft.Measure> measuresByValue() {
        return Collections.unmodifiableMap(measuresByValue);
    }

    /** The organisation named last before the current sentence, or null. */
    String entity() {
        return named ? entity : null;
    }

    /** The nouns the text has used to describe an organisation. */
    Set<String> described() {
        return descriptions.keySet();
    }

    /** The organisation the text described with {@code head} last, or null. */
    String described(String head) {
        return head == null ? null : descriptions.get(head);
    }

    /**
     * Leaves a sentence that is not a bullet: its last antecedent becomes the organisation named
     * last, and its descriptions ("Umbrella is a drugmaker", "Tyrell, the engineering group,") are
     * remembered for "the drugmaker" and "the group" later.
     */
    void leave(Tokens t, List<Mention> mentions) {
        learnDescriptions(t, mentions);
        for (Mention m : mentions) {
            if (m.antecedent()) {
                named = true;
                entity = m.entity;
            }
        }
        if (t.isSym(t.size - 1, ':') && named) {
            listNamed = true;
            listEntity = entity;
        }
    }

    private void learnDescriptions(Tokens t, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.entity == null) {
                continue;
            }
            String head = m.head();
            if (m.kind == Mention.Kind.CATALOG && t.isAny(m.end, COPULAS) && (t.is(m.end + 1, "a") || t.is(m.end + 1, "an"))) {
                head = predicateHead(t, m.end + 2);
            }
            if (head != null && !GENERIC_HEADS.contains(head)) {
                descriptions.put(head, m.entity);
            }
        }
    }

    /** The noun of "a robotics start-up that ...", "a drugmaker based in ...": the last word before the description ends. */
    private static String predicateHead(Tokens t, int from) {
        int k = from;
        while (k < t.size && k < from + 6 && (t.isWord(k) || (t.isSym(k, '-') && t.attached(k)))
                && !t.isAny(k, DESCRIPTION_ENDS)) {
            k++;
        }
        if (k == from || !t.isWord(k - 1)) {
            return null;
        }
        if (t.is(k - 1, "up") && t.isSym(k - 2, '-') && t.is(k - 3, "start")) {
            return "start-up";
        }
        return t.lower(k - 1);
    }
}
