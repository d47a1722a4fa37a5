package dev.factcheck.claims;

import dev.factcheck.time.Period;
import java.util.List;

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
    /** The latest period named: the antecedent of "that year", "the same period", "a year earlier". */
    Period period;

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

    /** The organisation named last before the current sentence, or null. */
    String entity() {
        return named ? entity : null;
    }

    /** Leaves a sentence that is not a bullet: its last antecedent becomes the organisation named last. */
    void leave(Tokens t, List<Mention> mentions) {
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
}
