package dev.factcheck.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The first stage: reads the figures of a sentence ({@link NumberReader}) from the tokens that
 * non-claims and time expressions left free, and tells which of them are checkable claims.
 */
final class NumberStage {

    /** A hyphen-minus and the minus sign U+2212. */
    private static final String MINUS_SIGNS = "-\u2212";

    private NumberStage() {
    }

    /** Every figure of the sentence, in text order; their tokens become taken. */
    static List<Figure> read(Tokens t, boolean[] taken) {
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (taken[i] || (!t.isNum(i) && !t.isWord(i))) {
                continue;
            }
            Figure f = NumberReader.read(t, i, taken);
            if (f != null) {
                f = signed(t, f, taken);
                NumberReader.markTaken(taken, f.startTok, f.endTok);
                figures.add(f);
                i = f.endTok - 1;
            }
        }
        return figures;
    }

    /**
     * A minus sign glued to the front of a figure and set apart from the word before it is the
     * figure's sign: "has returned -11%" is -11 ({@link ClaimStage} turns the claim's value and bounds),
     * and the sign is part of its words. A hyphen glued to the word before ("2022-2023", "COVID-19")
     * or standing alone ("- 5%", a bullet) is none.
     */
    private static Figure signed(Tokens t, Figure f, boolean[] taken) {
        int sign = f.startTok - 1;
        if (f.high != null || !t.isSymAny(sign, MINUS_SIGNS) || taken[sign] || !t.attached(f.startTok)
                || t.attached(sign) || t.isSymAny(sign - 1, MINUS_SIGNS)) {
            return f;
        }
        f.startTok = sign;
        f.minus = true;
        return f;
    }

    /**
     * Whether a figure is a claim: not the parts of a ratio that {@link FractionWords} leaves ("12 in 20"; "one
     * in ten" and "1 in 5" are read there as one fraction), and not a small
     * bare count ("3 reasons") unless a metric cue or a people noun says what it counts, not a
     * cell of a table's column that holds no claims (a rank, a founding year, a price of a thing), and not a figure that {@link Distractors#any} rules out
     * for what it counts or whose it is.
     */
    static boolean checkable(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        TableRow row = sentence.row();
        TableReader.Cell cell = row == null ? null : row.cellAt(t, f.startTok);
        if (cell != null && row.layout().column(cell.column()) != null && row.layout().column(cell.column()).holdsNoClaims()) {
            return false;
        }
        if (Distractors.any(sentence, f)) {
            return false;
        }
        if (t.is(f.startTok - 1, "in") && (t.isNum(f.startTok - 2)
                || Lexicon.NUMBER_WORDS.containsKey(t.lower(f.startTok - 2)))) {
            return false;
        }
        return !(f.unit == null && !f.scaled && f.high == null && f.value.compareTo(BigDecimal.TEN) < 0
                && f.value.scale() <= 0 && MetricStage.nearestCue(sentence, f) == null
                && !Lexicon.peopleNounWithin(t, f.endTok, 3));
    }
}
