package dev.factcheck.summary;

import dev.factcheck.claims.Span;
import dev.factcheck.text.Sentence;
import dev.factcheck.text.SentenceSplitter;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Verdict;
import dev.factcheck.verify.VerdictCounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Builds verified summaries: an extractive summary of the most central sentences, every figure in
 * them annotated with its verdict. Stateless and thread-safe.
 *
 * <p>The default summary ({@link #summarize(String, List)}) never hides a contested figure: the lead,
 * the most central other sentences up to {@value #DEFAULT_SENTENCES}, and after them every sentence
 * holding a {@link Verdict#CONTRADICTED} or {@link Verdict#OUTDATED} figure, however long the
 * article. A summary of an explicit length holds exactly that many sentences, the most central.
 *
 * <p>Centrality is TextRank's: sentences are nodes, edges weigh the content words two sentences share
 * (normalised by the logs of their lengths), and a bounded power iteration finds each sentence's
 * stationary score. The teleport vector is a lead-position prior, because news puts its gist first;
 * sentences that carry claims are then boosted, since the summary exists to show checked figures.
 */
public final class Summarizer {

    public static final int MIN_SENTENCES = 1;
    public static final int MAX_SENTENCES = 10;
    public static final int DEFAULT_SENTENCES = 3;

    /**
     * Claims by where they start. Classes, not lambdas, here and for the ranking: every cold start
     * summarises, and each lambda would first be spun into a class of its own.
     */
    private static final Comparator<CheckedClaim> IN_TEXT_ORDER = new Comparator<>() {
        @Override
        public int compare(CheckedClaim a, CheckedClaim b) {
            return Integer.compare(a.claim().span().start(), b.claim().span().start());
        }
    };

    private final SummarySettings settings;

    public Summarizer() {
        this(SummarySettings.DEFAULTS);
    }

    public Summarizer(SummarySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The default summary: the {@value #DEFAULT_SENTENCES} most central sentences and every sentence
     * with a contested figure, in article order.
     *
     * @param text   the article
     * @param claims every checked claim of the article, spans relative to {@code text}
     */
    public VerifiedSummary summarize(String text, List<CheckedClaim> claims) {
        return summarize(text, claims, SummaryLength.DEFAULT);
    }

    /**
     * @param text          the article
     * @param claims        every checked claim of the article, spans relative to {@code text}
     * @param sentenceCount how many sentences to pick, {@value #MIN_SENTENCES} to {@value #MAX_SENTENCES}
     * @throws IllegalArgumentException when {@code sentenceCount} is out of range
     */
    public VerifiedSummary summarize(String text, List<CheckedClaim> claims, int sentenceCount) {
        return summarize(text, claims, SummaryLength.exactly(sentenceCount));
    }

    /** A summary of {@code length}: its central sentences, and every contested one when it asks for them. */
    public VerifiedSummary summarize(String text, List<CheckedClaim> claims, SummaryLength length) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(length, "length");
        int sentenceCount = length.sentences();
        Map<Verdict, Integer> counts = VerdictCounts.of(claims);

        List<Sentence> all = SentenceSplitter.split(text);
        List<List<CheckedClaim>> claimsBySentence = assign(all, claims, text.length());
        int rankedCount = Math.min(all.size(), settings.maxGraphSentences());
        double[] scores = TextRank.scores(all.subList(0, rankedCount), claimsBySentence.subList(0, rankedCount), settings);

        Integer[] order = new Integer[rankedCount];
        for (int i = 0; i < rankedCount; i++) {
            order[i] = i;
        }
        // Highest score first; ties in article order.
        Arrays.sort(order, new Comparator<Integer>() {
            @Override
            public int compare(Integer a, Integer b) {
                int byScore = Double.compare(-scores[a], -scores[b]);
                return byScore != 0 ? byScore : Integer.compare(a, b);
            }
        });
        TreeSet<Integer> chosen = new TreeSet<>();
        if (length.everyContested() && rankedCount > 0) {
            chosen.add(0); // the default summary opens with the lead, whatever its rank
        }
        for (int k = 0; k < rankedCount && chosen.size() < sentenceCount; k++) {
            chosen.add(order[k]);
        }
        if (length.everyContested()) {
            // Past the ranking window too: a contested figure is shown wherever it stands.
            for (int i = 0; i < all.size(); i++) {
                for (CheckedClaim claim : claimsBySentence.get(i)) {
                    if (contested(claim)) {
                        chosen.add(i);
                        break;
                    }
                }
            }
        }

        List<SummarySentence> sentences = new ArrayList<>(chosen.size());
        for (int i : chosen) {
            Sentence sentence = all.get(i);
            sentences.add(new SummarySentence(sentence.index(), sentence.text(),
                    annotate(sentence, claimsBySentence.get(i))));
        }
        return new VerifiedSummary(sentences, counts);
    }

    /** A figure the reference data disputes: the reader must see it, whatever its sentence's rank. */
    private static boolean contested(CheckedClaim claim) {
        return claim.verdict() == Verdict.CONTRADICTED || claim.verdict() == Verdict.OUTDATED;
    }

    /** The claims whose span lies inside each sentence, in text order. */
    private static List<List<CheckedClaim>> assign(List<Sentence> sentences, List<CheckedClaim> claims, int length) {
        List<List<CheckedClaim>> bySentence = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            bySentence.add(new ArrayList<>(2));
        }
        if (sentences.isEmpty()) {
            return bySentence;
        }
        int[] starts = new int[sentences.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = sentences.get(i).start();
        }
        for (CheckedClaim checked : claims) {
            Span span = checked.claim().span();
            if (span.end() > length) {
                continue;
            }
            int at = Arrays.binarySearch(starts, span.start());
            int index = at >= 0 ? at : -at - 2;
            if (index >= 0 && span.end() <= sentences.get(index).end()) {
                bySentence.get(index).add(checked);
            }
        }
        for (List<CheckedClaim> list : bySentence) {
            list.sort(IN_TEXT_ORDER);
        }
        return bySentence;
    }

    private static List<FigureAnnotation> annotate(Sentence sentence, List<CheckedClaim> claims) {
        List<FigureAnnotation> annotations = new ArrayList<>(claims.size());
        for (CheckedClaim checked : claims) {
            Span span = checked.claim().span();
            annotations.add(new FigureAnnotation(checked.claim().id(), checked.claim().text(),
                    new Span(span.start() - sentence.start(), span.end() - sentence.start()), checked.verdict(),
                    checked.expected(), checked.claim().unit(), checked.expectedAsOf(), checked.explanation()));
        }
        return annotations;
    }
}
