package dev.factcheck.summary;

import dev.factcheck.text.Sentence;
import dev.factcheck.verify.CheckedClaim;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The centrality half of the {@link Summarizer}: TextRank over the graph of sentences that share content
 * words, with a lead-position prior as the teleport vector and a boost for sentences that carry claims.
 * Kept apart from the choosing and annotating of sentences because it is numeric code with its own tuning
 * ({@link SummarySettings}).
 */
final class TextRank {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those",
            "he", "she", "they", "them", "his", "her", "their", "we", "our", "you", "your", "i", "me", "my",
            "has", "have", "had", "do", "does", "did", "not", "no", "so", "than", "then", "there", "here",
            "which", "who", "whom", "what", "when", "where", "why", "how", "all", "any", "some", "more", "most",
            "other", "such", "only", "own", "same", "too", "very", "can", "will", "would", "should", "could",
            "may", "might", "must", "also", "about", "into", "over", "after", "before", "up", "down", "out",
            "said", "says", "say", "one", "two", "new", "year", "years");

    private TextRank() {
    }

    /** Each sentence's centrality, claim-bearing sentences boosted; in the order of {@code sentences}. */
    static double[] scores(List<Sentence> sentences, List<List<CheckedClaim>> claims, SummarySettings settings) {
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
                        Integer id = ids.get(token);
                        if (id == null) {
                            id = ids.size();
                            ids.put(token, id);
                        }
                        if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = id;
                    }
                }
                word.setLength(0);
            }
            words[s] = sortedDistinct(found, count);
        }
        return words;
    }

    /**
     * The first {@code count} ids, sorted, each once. A loop rather than an {@code IntStream} pipeline, whose
     * first use loads some thirty stream classes: this runs in every cold start that summarises.
     */
    private static int[] sortedDistinct(int[] ids, int count) {
        Arrays.sort(ids, 0, count);
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            if (distinct == 0 || ids[k] != ids[distinct - 1]) {
                ids[distinct++] = ids[k];
            }
        }
        return Arrays.copyOf(ids, distinct);
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
