package dev.factcheck.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The qualifier stage: the hedge written before the figure ("about", "more than", from
 * {@link ExtractionSettings#qualifierWords()}) or after it ("or more", "14,000+", "or so"), a stated
 * range, and the bounds they give with the figure's precision.
 */
final class QualifierStage implements Stage {

    private record Phrase(Qualifier qualifier, String[] words) {
    }

    /** Longest phrase first. A class, not a lambda: a cold start would spin a class for the lambda first. */
    private static final Comparator<Phrase> LONGEST_FIRST = new Comparator<>() {
        @Override
        public int compare(Phrase a, Phrase b) {
            return Integer.compare(b.words.length, a.words.length);
        }
    };

    /** Verbs whose particle "up" makes "up to" a sum, not a bound: "add up to", "summed up to". */
    private static final Set<String> ADDING_VERBS = Set.of("add", "adds", "added", "adding", "sum", "sums", "summed",
            "summing");

    private final BigDecimal hedgeFraction;
    /** Longest phrase first, so that "just over" wins over "over". */
    private final List<Phrase> phrases;

    QualifierStage(ExtractionSettings settings) {
        this.hedgeFraction = settings.hedgeFraction();
        List<Phrase> found = new ArrayList<>();
        for (Map.Entry<Qualifier, List<String>> e : settings.qualifierWords().entrySet()) {
            for (String phrase : e.getValue()) {
                Tokens t = Tokens.of(phrase, 0, phrase.length());
                if (t.size > 0) {
                    String[] words = new String[t.size];
                    for (int i = 0; i < t.size; i++) {
                        words[i] = t.lower(i);
                    }
                    found.add(new Phrase(e.getKey(), words));
                }
            }
        }
        found.sort(LONGEST_FIRST);
        this.phrases = List.copyOf(found);
    }

    @Override
    public ClaimDraft apply(ClaimDraft draft) {
        Tokens t = draft.tokens();
        Figure f = draft.figure();
        Qualifier qualifier = null;
        int spanStart = f.startTok;
        int spanEnd = f.endTok;
        if (f.high != null) {
            qualifier = Qualifier.RANGE;
            if (t.is(f.startTok - 1, "between")) {
                spanStart = f.startTok - 1;
            }
        } else {
            for (Phrase p : phrases) {
                if (endsWith(t, f.startTok, p.words) && !addsUp(t, f.startTok - p.words.length, p)) {
                    qualifier = p.qualifier;
                    spanStart = f.startTok - p.words.length;
                    break;
                }
            }
            if (qualifier == null) {
                if (t.isSym(spanEnd, '+') && t.attached(spanEnd)) {
                    qualifier = Qualifier.MORE_THAN;
                    spanEnd++;
                } else if (t.is(spanEnd, "or") && (t.is(spanEnd + 1, "more") || t.is(spanEnd + 1, "so"))) {
                    qualifier = t.is(spanEnd + 1, "more") ? Qualifier.MORE_THAN : Qualifier.APPROXIMATELY;
                    spanEnd += 2;
                }
            }
        }
        return draft.with(new ClaimDraft.Qualifying(qualifier, spanStart, spanEnd, bounds(f, qualifier)));
    }

    /**
     * "the two rounds add up to 10,200": after a verb of adding, "up to" is the verb's particle and
     * states the sum exactly, no upper bound.
     */
    private static boolean addsUp(Tokens t, int phraseStart, Phrase p) {
        return p.words.length == 2 && p.words[0].equals("up") && p.words[1].equals("to")
                && t.isAny(phraseStart - 1, ADDING_VERBS);
    }

    private static boolean endsWith(Tokens t, int before, String[] words) {
        int n = words.length;
        if (before - n < 0) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!t.lower(before - n + k).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * With {@code p} the figure's precision and {@code h = max(p, hedgeFraction · v)}: no hedge gives
     * [v−p, v+p]; see {@link Qualifier} for the others. Never below zero.
     */
    private Bounds bounds(Figure f, Qualifier qualifier) {
        BigDecimal v = f.exact != null ? f.exact : f.value;
        BigDecimal p = f.precision;
        BigDecimal h = p.max(v.multiply(hedgeFraction));
        BigDecimal low;
        BigDecimal high;
        if (qualifier == null) {
            low = v.subtract(p);
            high = v.add(p);
        } else {
            switch (qualifier) {
                case APPROXIMATELY -> {
                    low = v.subtract(h);
                    high = v.add(h);
                }
                case MORE_THAN -> {
                    low = v;
                    high = null;
                }
                case JUST_OVER -> {
                    low = v;
                    high = v.add(h);
                }
                case AT_MOST -> {
                    low = BigDecimal.ZERO;
                    high = v;
                }
                case NEARLY -> {
                    low = v.subtract(h);
                    high = v;
                }
                case RANGE -> {
                    BigDecimal q = p.min(f.highPrecision);
                    low = v.subtract(q);
                    high = f.high.add(q);
                }
                default -> throw new IllegalStateException("unknown qualifier " + qualifier);
            }
        }
        if (low.signum() < 0) {
            low = BigDecimal.ZERO;
        }
        return new Bounds(Figure.normal(low), high == null ? null : Figure.normal(high));
    }
}
