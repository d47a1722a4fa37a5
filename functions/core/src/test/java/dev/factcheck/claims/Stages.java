package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

/** Drafts of single sentences for the stage tests. Published 2025-10-28, a Tuesday. */
final class Stages {

    static final LocalDate PUBLISHED = LocalDate.parse("2025-10-28");
    static final ClaimExtractor EXTRACTOR = new ClaimExtractor(TestCatalog.CATALOG, ExtractionSettings.DEFAULTS);
    static final ClaimExtractor ROUNDS_EXTRACTOR = new ClaimExtractor(TestCatalog.WITH_ROUNDS, ExtractionSettings.DEFAULTS);

    private Stages() {
    }

    /** The sentence read as the opening of an article. */
    static SentenceContext context(String sentence) {
        return EXTRACTOR.firstSentence(sentence, PUBLISHED);
    }

    /** The same sentence read after an article that named {@code entity} last. */
    static SentenceContext after(String entity, String sentence) {
        SentenceContext c = context(sentence);
        return new SentenceContext(c.source(), c.tokens(), c.sentence(), c.clauses(), c.periods(), c.mentions(), c.cues(),
                c.figures(), entity);
    }

    /** The figure holding the first stand-alone {@code anchor} of the sentence ("4,000" is not in "14,000"). */
    static Figure figure(SentenceContext context, String anchor) {
        String text = context.sentence().text();
        int found = text.indexOf(anchor);
        while (found > 0 && Character.isLetterOrDigit(text.charAt(found - 1))) {
            found = text.indexOf(anchor, found + 1);
        }
        assertThat(found).as("anchor " + anchor).isGreaterThanOrEqualTo(0);
        int at = found + context.sentence().start();
        for (Figure f : context.figures()) {
            if (context.tokens().start[f.startTok] <= at && at < context.tokens().end[f.endTok - 1]) {
                return f;
            }
        }
        throw new AssertionError("no figure at " + anchor + " in " + context.figures().size() + " figures");
    }

    /** The draft of the figure at {@code anchor} after every stage (the earlier figures go first). */
    static ClaimDraft draft(SentenceContext context, String anchor) {
        Figure figure = figure(context, anchor);
        List<ClaimDraft> drafts = EXTRACTOR.drafts(context);
        return drafts.stream().filter(d -> d.figure() == figure).findFirst()
                .orElseThrow(() -> new AssertionError(anchor + " is not a claim"));
    }

    /** The claim of an article (published {@link #PUBLISHED}) whose words contain {@code text}. */
    static Claim claim(String article, String text) {
        return claim(EXTRACTOR, article, text);
    }

    /** The claim of an article read by {@code extractor} whose words contain {@code text}. */
    static Claim claim(ClaimExtractor extractor, String article, String text) {
        List<Claim> claims = extractor.extract(article, PUBLISHED);
        return claims.stream().filter(c -> c.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + text + " in " + claims));
    }

    /** The claim of an article read with the metrics of start-up finance ({@link TestCatalog#WITH_ROUNDS}). */
    static Claim roundsClaim(String article, String text) {
        return claim(ROUNDS_EXTRACTOR, article, text);
    }

    static ClaimDraft draft(String sentence, String anchor) {
        return draft(context(sentence), anchor);
    }
}
