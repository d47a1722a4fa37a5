package dev.factcheck.claims;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tunable defaults of claim extraction.
 *
 * @param hedgeFraction  the relative half-width that hedges such as "about" add to a figure (0.10)
 * @param qualifierWords the words that, written just before a figure, set its qualifier; each
 *                       phrase is lower case, words separated by one space ("more than", "~").
 *                       {@link Qualifier#RANGE} needs no words: a stated range sets it
 */
public record ExtractionSettings(BigDecimal hedgeFraction, Map<Qualifier, List<String>> qualifierWords) {

    /** The qualifier phrases of the extraction issue. */
    public static final Map<Qualifier, List<String>> DEFAULT_QUALIFIER_WORDS = defaultWords();

    public static final ExtractionSettings DEFAULTS =
            new ExtractionSettings(new BigDecimal("0.10"), DEFAULT_QUALIFIER_WORDS);

    public ExtractionSettings {
        Objects.requireNonNull(hedgeFraction, "hedgeFraction");
        if (hedgeFraction.signum() < 0) {
            throw new IllegalArgumentException("hedgeFraction must not be negative");
        }
        EnumMap<Qualifier, List<String>> copy = new EnumMap<>(Qualifier.class);
        for (Map.Entry<Qualifier, List<String>> words : qualifierWords.entrySet()) {
            copy.put(words.getKey(), List.copyOf(words.getValue()));
        }
        qualifierWords = Map.copyOf(copy);
    }

    /** Default qualifier words with another hedge fraction. */
    public ExtractionSettings(BigDecimal hedgeFraction) {
        this(hedgeFraction, DEFAULT_QUALIFIER_WORDS);
    }

    public ExtractionSettings withHedgeFraction(BigDecimal fraction) {
        return new ExtractionSettings(fraction, qualifierWords);
    }

    public ExtractionSettings withQualifierWords(Map<Qualifier, List<String>> words) {
        return new ExtractionSettings(hedgeFraction, words);
    }

    private static Map<Qualifier, List<String>> defaultWords() {
        EnumMap<Qualifier, List<String>> words = new EnumMap<>(Qualifier.class);
        words.put(Qualifier.APPROXIMATELY, List.of("about", "approximately", "around", "roughly", "some",
                "an estimated", "circa", "~"));
        // A negated bound turns its direction: "no more than 500" is at most 500, "no fewer than 500" at least.
        words.put(Qualifier.MORE_THAN, List.of("more than", "over", "above", "upwards of", "upward of", "in excess of",
                "at least", "past", "north of", "no fewer than", "no less than", "not fewer than", "not less than",
                "\u2265"));
        words.put(Qualifier.JUST_OVER, List.of("just over", "slightly over", "a little over", "slightly more than",
                "a little more than", "just more than", "just above", "slightly above"));
        words.put(Qualifier.AT_MOST, List.of("fewer than", "less than", "under", "below", "up to",
                "as many as", "as high as", "at most", "no more than", "not more than", "no higher than", "<",
                "\u2264"));
        words.put(Qualifier.NEARLY, List.of("nearly", "almost", "close to", "just under", "just shy of", "shy of", "slightly under",
                "a little under", "slightly less than", "a little less than", "just below", "slightly below"));
        return Map.copyOf(words);
    }
}
