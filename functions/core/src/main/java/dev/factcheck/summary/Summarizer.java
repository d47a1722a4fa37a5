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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those",
            "he", "she", "they", "them", "his", "her", "their", "we", "our", "you", "your", "i", "me", "my",
            "has", "have", "had", "do", "does", "did", "not", "no", "so", "than", "then", "there", "here",
            "which", "who", "whom", "what", "when", "where", "why", "how", "all", "any", "some", "more", "most",
            "other", "such", "only", "own", "same", "too", "very", "can", "will", "would", "should", "could",
            "may", "might", "must", "also", "about", "into", "over", "after", "before", "up", "down", "out",
            "said", "says", "say", "one", "two", "new", "year", "years");

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
        double[] scores = scores(all.subList(0, rankedCount), claimsBySentence.subList(0, rankedCount));

        Integer[] order = new Integer[rankedCount];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(i -> i));
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
                if (claimsBySentence.get(i).stream().anyMatch(Summarizer::contested)) {
                    chosen.add(i);
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
        int[] starts = sentences.stream().mapToInt(Sentence::start).toArray();
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
            list.sort(Comparator.comparingInt(c -> c.claim().span().start()));
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

    private double[] scores(List<Sentence> sentences, List<List<CheckedClaim>> claims) {
        int n = sentences.size();
        if (n == 0) {
            return new double[0];
        }
        int[][] words = words(sentences);
        Graph graph = Graph.of(words, n);

        double[] prior = new double[n];
        double priorSum = 0;
        for (int i = 0; i < n; i++) {
            prior[i] = 1.0 / Math.pow(i + 1, settings.leadExponent());
            priorSum += prior[i];
        }
        for (int i = 0; i < n; i++) {
            prior[i] /= priorSum;
        }

        double d = settings.damping();
        double[] score = prior.clone();
        double[] next = new double[n];
        for (int iteration = 0; iteration < settings.maxIterations(); iteration++) {
            double dangling = 0;
            for (int j = 0; j < n; j++) {
                if (graph.strength[j] == 0) {
                    dangling += score[j];
                }
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                double inflow = 0;
                int[] neighbours = graph.neighbours[i];
                double[] weights = graph.weights[i];
                for (int k = 0; k < neighbours.length; k++) {
                    int j = neighbours[k];
                    inflow += weights[k] / graph.strength[j] * score[j];
                }
                next[i] = (1 - d) * prior[i] + d * (inflow + dangling * prior[i]);
                change += Math.abs(next[i] - score[i]);
            }
            double[] swap = score;
            score = next;
            next = swap;
            if (change < settings.tolerance()) {
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!claims.get(i).isEmpty()) {
                score[i] *= 1 + settings.claimBoost();
            }
        }
        return score;
    }

    /** Distinct content-word ids of each sentence: lower-cased letter runs, stop words dropped, plural s cut. */
    private static int[][] words(List<Sentence> sentences) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] words = new int[sentences.size()][];
        StringBuilder word = new StringBuilder(16);
        for (int s = 0; s < sentences.size(); s++) {
            String text = sentences.get(s).text();
            int[] found = new int[8];
            int count = 0;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (Character.isLetter(c)) {
                    word.append(c);
                    continue;
                }
                if (word.length() >= 2) {
                    String token = stem(word.toString().toLowerCase(Locale.ROOT));
                    if (!STOP_WORDS.contains(token)) {
                        int id = ids.computeIfAbsent(token, k -> ids.size());
                        if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = id;
                    }
                }
                word.setLength(0);
            }
            words[s] = Arrays.stream(found, 0, count).sorted().distinct().toArray();
        }
        return words;
    }

    private static String stem(String word) {
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            word = word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** The undirected similarity graph as adjacency lists, built from an inverted index of words. */
    private record Graph(int[][] neighbours, double[][] weights, double[] strength) {

        static Graph of(int[][] words, int n) {
            int vocabulary = 0;
            for (int[] sentence : words) {
                for (int w : sentence) {
                    vocabulary = Math.max(vocabulary, w + 1);
                }
            }
            int[][] postings = new int[vocabulary][];
            int[] size = new int[vocabulary];
            for (int[] sentence : words) {
                for (int w : sentence) {
                    size[w]++;
                }
            }
            for (int w = 0; w < vocabulary; w++) {
                postings[w] = new int[size[w]];
                size[w] = 0;
            }
            for (int s = 0; s < n; s++) {
                for (int w : words[s]) {
                    postings[w][size[w]++] = s;
                }
            }

            int edgeCount = 0;
            int[] from = new int[16];
            int[] to = new int[16];
            double[] weight = new double[16];
            int[] degree = new int[n];
            int[] shared = new int[n];
            int[] touched = new int[n];
            for (int i = 0; i < n; i++) {
                int touchedCount = 0;
                for (int w : words[i]) {
                    for (int j : postings[w]) {
                        if (j > i && shared[j]++ == 0) {
                            touched[touchedCount++] = j;
                        }
                    }
                }
                for (int t = 0; t < touchedCount; t++) {
                    int j = touched[t];
                    if (edgeCount == from.length) {
                        from = Arrays.copyOf(from, edgeCount * 2);
                        to = Arrays.copyOf(to, edgeCount * 2);
                        weight = Arrays.copyOf(weight, edgeCount * 2);
                    }
                    from[edgeCount] = i;
                    to[edgeCount] = j;
                    weight[edgeCount] = shared[j] / (Math.log1p(words[i].length) + Math.log1p(words[j].length));
                    edgeCount++;
                    degree[i]++;
                    degree[j]++;
                    shared[j] = 0;
                }
            }

            int[][] neighbours = new int[n][];
            double[][] weights = new double[n][];
            double[] strength = new double[n];
            int[] filled = new int[n];
            for (int i = 0; i < n; i++) {
                neighbours[i] = new int[degree[i]];
                weights[i] = new double[degree[i]];
            }
            for (int e = 0; e < edgeCount; e++) {
                int a = from[e];
                int b = to[e];
                neighbours[a][filled[a]] = b;
                weights[a][filled[a]++] = weight[e];
                neighbours[b][filled[b]] = a;
                weights[b][filled[b]++] = weight[e];
                strength[a] += weight[e];
                strength[b] += weight[e];
            }
            return new Graph(neighbours, weights, strength);
        }
    }
}
