package dev.factcheck.check;

import dev.factcheck.check.NewsCorpus.Article;
import dev.factcheck.check.NewsCorpus.Label;
import dev.factcheck.claims.Claim;
import dev.factcheck.claims.ExtractionSettings;
import dev.factcheck.summary.SummarySentence;
import dev.factcheck.text.Sentence;
import dev.factcheck.text.SentenceSplitter;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Verdict;
import dev.factcheck.verify.VerificationSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the real extractor, verifier and summariser over labelled articles and scores them against
 * the labels. A labelled claim counts as found when an extracted claim's span covers its anchor;
 * every field and the verdict count as right only on a found claim, so each accuracy is
 * right / labelled and a missed claim is wrong in all of them.
 */
final class NewsCorpusScore {

    /** A score and the counts behind it. */
    record Ratio(int right, int total) {

        double value() {
            return total == 0 ? 1.0 : (double) right / total;
        }

        @Override
        public String toString() {
            return String.format("%.3f (%d/%d)", value(), right, total);
        }
    }

    /** One labelled claim that the code got wrong in at least one respect. */
    record Miss(Article article, Label label, List<String> problems, String got) {

        /** Missed figures first, then wrong verdicts, then the number of wrong fields. */
        int severity() {
            int severity = problems.size();
            if (problems.contains("not extracted")) {
                severity += 100;
            }
            if (problems.stream().anyMatch(p -> p.startsWith("verdict"))) {
                severity += 10;
            }
            return severity;
        }
    }

    /** How many misses and spurious claims the report lists: {@code -Dnews.corpus.misses=500} for all. */
    static final String MISSES_PROPERTY = "news.corpus.misses";

    private static final String[] FIELDS = {"value", "unit", "entity", "object", "metric", "period"};

    private final Map<String, Tally> byClass = new LinkedHashMap<>();
    private final Map<String, Tally> byStyle = new LinkedHashMap<>();
    private final Tally all = new Tally();
    private final Map<Verdict, Map<String, Integer>> confusion = new EnumMap<>(Verdict.class);
    private final List<Miss> misses = new ArrayList<>();
    private final List<String> spurious = new ArrayList<>();
    private final List<String> distractorsTaken = new ArrayList<>();
    private int articles;

    private NewsCorpusScore() {
        for (char c : NewsCorpus.CLASSES.toCharArray()) {
            byClass.put(String.valueOf(c), new Tally());
        }
        byClass.put("-", new Tally());
    }

    static NewsCorpusScore of(List<Article> articles, NewsFacts facts) {
        FactChecker checker = new FactChecker(facts, ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS);
        NewsCorpusScore score = new NewsCorpusScore();
        for (Article article : articles) {
            score.add(article, checker.check(article.text(), article.publishedAt()));
        }
        return score;
    }

    private void add(Article article, FactCheck check) {
        articles++;
        List<CheckedClaim> checked = check.claims();
        boolean[] used = new boolean[checked.size()];
        List<Sentence> sentences = SentenceSplitter.split(article.text());
        List<Integer> summarised = check.summary().sentences().stream().map(SummarySentence::index).toList();
        Tally style = byStyle.computeIfAbsent(article.style(), s -> new Tally());
        Map<Label, List<Tally>> distractors = new LinkedHashMap<>();
        for (Label label : article.labels()) {
            List<Tally> tallies = new ArrayList<>(List.of(all, style));
            if (label.classes().isEmpty()) {
                tallies.add(byClass.get("-"));
            }
            label.classes().chars().forEach(c -> tallies.add(byClass.get(String.valueOf((char) c))));
            if (!label.claim()) {
                distractors.put(label, tallies);
                continue;
            }
            int found = -1;
            for (int k = 0; k < checked.size() && found < 0; k++) {
                Claim claim = checked.get(k).claim();
                if (!used[k] && claim.span().start() <= label.start() && claim.span().end() >= label.end()) {
                    found = k;
                }
            }
            boolean contested = label.verdict() == Verdict.CONTRADICTED || label.verdict() == Verdict.OUTDATED;
            boolean inSummary = contested && summarised.contains(sentenceOf(sentences, label.start()));
            if (found < 0) {
                tallies.forEach(t -> t.missed(label.verdict(), contested));
                confusion.computeIfAbsent(label.verdict(), v -> new LinkedHashMap<>()).merge("missed", 1, Integer::sum);
                misses.add(new Miss(article, label, List.of("not extracted"), "-"));
                continue;
            }
            used[found] = true;
            CheckedClaim result = checked.get(found);
            List<String> problems = new ArrayList<>();
            Map<String, Boolean> fields = fields(label, result.claim());
            fields.forEach((name, right) -> {
                if (!right) {
                    problems.add(name + " " + expected(label, name));
                }
            });
            boolean verdictRight = result.verdict() == label.verdict();
            if (!verdictRight) {
                problems.add("verdict " + label.verdict());
            }
            if (contested && !inSummary) {
                problems.add("sentence not in summary");
            }
            tallies.forEach(t -> t.found(fields, label.verdict(), verdictRight, contested, inSummary));
            confusion.computeIfAbsent(label.verdict(), v -> new LinkedHashMap<>())
                    .merge(result.verdict().name(), 1, Integer::sum);
            if (!problems.isEmpty()) {
                misses.add(new Miss(article, label, problems, describe(result)));
            }
        }
        // A distractor is taken when a claim that is no labelled claim covers it. A year inside the words
        // of a labelled claim ("1,800 in 2024") is that claim's period, not a figure taken for a claim.
        distractors.forEach((label, tallies) -> {
            List<CheckedClaim> taking = new ArrayList<>();
            boolean inClaimWords = false;
            for (int k = 0; k < checked.size(); k++) {
                if (overlaps(checked.get(k).claim(), label)) {
                    if (used[k]) {
                        inClaimWords = true;
                    } else {
                        taking.add(checked.get(k));
                    }
                }
            }
            tallies.forEach(t -> t.nonClaims.add(taking.isEmpty()));
            if (!taking.isEmpty()) {
                distractorsTaken.add(String.format("%s:%d %s '%s' in [%s]", article.id(), label.line(), label.kind(),
                        label.anchor(), taking.getFirst().claim().text()));
            } else if (inClaimWords) {
                all.nonClaimsInClaimWords++;
            }
        });
        for (int k = 0; k < checked.size(); k++) {
            if (!used[k]) {
                all.spurious++;
                style.spurious++;
                spurious.add(article.id() + ": " + describe(checked.get(k)));
            }
        }
    }

    private static boolean overlaps(Claim claim, Label label) {
        return claim.span().start() < label.end() && claim.span().end() > label.start();
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s.index();
            }
        }
        return -1;
    }

    private static Map<String, Boolean> fields(Label label, Claim claim) {
        Map<String, Boolean> fields = new LinkedHashMap<>();
        fields.put("value", label.value().compareTo(claim.value()) == 0);
        fields.put("unit", label.unit().equals(claim.unit().code()));
        fields.put("entity", Objects.equals(label.entity(), claim.entity()));
        fields.put("object", Objects.equals(label.object(), claim.object()));
        fields.put("metric", Objects.equals(label.metric(), claim.metric()));
        fields.put("period", Objects.equals(label.period(), claim.period() == null ? null : claim.period().toString()));
        return fields;
    }

    private static String expected(Label label, String field) {
        Object value = switch (field) {
            case "value" -> label.value().toPlainString();
            case "unit" -> label.unit();
            case "entity" -> label.entity();
            case "object" -> label.object();
            case "metric" -> label.metric();
            default -> label.period();
        };
        return "expected " + (value == null ? "-" : value);
    }

    private static String describe(CheckedClaim checked) {
        Claim c = checked.claim();
        return "[" + c.text() + "] " + c.value().toPlainString() + " " + c.unit().code() + " e=" + dash(c.entity())
                + " o=" + dash(c.object()) + " m=" + dash(c.metric()) + " p=" + (c.period() == null ? "-" : c.period())
                + " " + checked.verdict();
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    // Scores of the whole split.

    Ratio precision() {
        return new Ratio(all.found, all.found + all.spurious);
    }

    Ratio recall() {
        return new Ratio(all.found, all.claims);
    }

    double f1() {
        double p = precision().value();
        double r = recall().value();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Ratio verdictAccuracy() {
        return new Ratio(all.verdictRight, all.claims);
    }

    /** The mean of the recall of each verdict that has labels: a rare verdict weighs as much as a common one. */
    double macroVerdictRecall() {
        return all.verdictRecall().values().stream().mapToDouble(Ratio::value).average().orElse(1.0);
    }

    Ratio entityMetricAccuracy() {
        return new Ratio(all.entityAndMetric, all.claims);
    }

    Ratio fieldAccuracy(String field) {
        return new Ratio(all.fields.getOrDefault(field, 0), all.claims);
    }

    /**
     * Distractors that no claim took: no extracted claim that matches no labelled claim covers them. A
     * distractor inside the words of a labelled claim (the year of "1,800 in 2024") is left alone.
     */
    Ratio nonClaimAccuracy() {
        return all.nonClaims.ratio();
    }

    /** Contested figures (CONTRADICTED or OUTDATED by the labels) whose sentence the default summary shows. */
    Ratio contestedInSummary() {
        return new Ratio(all.contestedShown, all.contested);
    }

    String report(String name) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n=== news corpus, %s: %d articles, %d labelled claims, %d labelled non-claims, "
                        + "%d extracted claims%n", name, articles, all.claims, all.nonClaims.total,
                all.found + all.spurious));
        out.append(String.format("extraction   precision %s  recall %s  F1 %.3f%n", precision(), recall(), f1()));
        out.append(String.format("verdicts     accuracy %s  macro recall %.3f  %s%n", verdictAccuracy(),
                macroVerdictRecall(), all.verdictRecall()));
        out.append(String.format("fields       entity+metric %s", entityMetricAccuracy()));
        for (String field : FIELDS) {
            out.append(String.format("  %s %s", field, fieldAccuracy(field)));
        }
        out.append(String.format("%nnon-claims   left alone %s (%d of them inside a labelled claim's words)   "
                        + "contested figures in the summary %s%n", nonClaimAccuracy(), all.nonClaimsInClaimWords,
                contestedInSummary()));
        out.append("verdict confusion (labelled -> got):\n");
        confusion.forEach((v, got) -> out.append(String.format("  %-12s %s%n", v, got)));
        out.append("per class      claims  found   verdict  ent+met  period   non-claims left alone\n");
        byClass.forEach((c, t) -> out.append(String.format("  %-10s %6d  %s  %s  %s  %s  %s%n",
                c.equals("-") ? "(none)" : c, t.claims, fmt(t.found, t.claims), fmt(t.verdictRight, t.claims),
                fmt(t.entityAndMetric, t.claims), fmt(t.fields.getOrDefault("period", 0), t.claims),
                t.nonClaims.ratio())));
        out.append("per style      claims  found   verdict  ent+met  period\n");
        byStyle.forEach((s, t) -> out.append(String.format("  %-13s %3d  %s  %s  %s  %s%n", s, t.claims,
                fmt(t.found, t.claims), fmt(t.verdictRight, t.claims), fmt(t.entityAndMetric, t.claims),
                fmt(t.fields.getOrDefault("period", 0), t.claims))));
        List<Miss> worst = misses.stream().sorted(Comparator.comparingInt(Miss::severity).reversed()).toList();
        int shown = Integer.getInteger(MISSES_PROPERTY, 30);
        out.append(String.format("worst misses (%d labelled claims with a problem; first %d, -D%s=N for more):%n",
                worst.size(), Math.min(shown, worst.size()), MISSES_PROPERTY));
        worst.stream().limit(shown).forEach(m -> out.append(String.format("  %s:%d [%s] %s | %s | got %s%n",
                m.article().id(), m.label().line(), m.label().classes(), m.label().anchor(),
                String.join(", ", m.problems()), m.got())));
        out.append(String.format("spurious claims (%d; first %d):%n", spurious.size(), Math.min(shown, spurious.size())));
        spurious.stream().limit(shown).forEach(s -> out.append("  ").append(s).append('\n'));
        out.append(String.format("distractors taken for claims (%d; first %d):%n", distractorsTaken.size(),
                Math.min(shown, distractorsTaken.size())));
        distractorsTaken.stream().limit(shown).forEach(s -> out.append("  ").append(s).append('\n'));
        return out.toString();
    }

    private static String fmt(int right, int total) {
        return String.format("%.3f", total == 0 ? 1.0 : (double) right / total);
    }

    /** Counts for one slice of the corpus (all of it, one class, one style). */
    private static final class Tally {
        int claims;
        int found;
        int spurious;
        int verdictRight;
        int entityAndMetric;
        int contested;
        int contestedShown;
        int nonClaimsInClaimWords;
        final Map<String, Integer> fields = new LinkedHashMap<>();
        final Counter nonClaims = new Counter();
        private final Map<Verdict, Integer> labelledPerVerdict = new EnumMap<>(Verdict.class);
        private final Map<Verdict, Integer> rightPerVerdict = new EnumMap<>(Verdict.class);

        void missed(Verdict labelled, boolean contested) {
            claims++;
            labelledPerVerdict.merge(labelled, 1, Integer::sum);
            if (contested) {
                this.contested++;
            }
        }

        void found(Map<String, Boolean> rightFields, Verdict labelled, boolean verdictRight, boolean contested,
                   boolean shown) {
            claims++;
            found++;
            labelledPerVerdict.merge(labelled, 1, Integer::sum);
            rightFields.forEach((name, right) -> fields.merge(name, right ? 1 : 0, Integer::sum));
            if (rightFields.get("entity") && rightFields.get("metric")) {
                entityAndMetric++;
            }
            if (verdictRight) {
                this.verdictRight++;
                rightPerVerdict.merge(labelled, 1, Integer::sum);
            }
            if (contested) {
                this.contested++;
                if (shown) {
                    contestedShown++;
                }
            }
        }

        Map<Verdict, Ratio> verdictRecall() {
            Map<Verdict, Ratio> recall = new EnumMap<>(Verdict.class);
            labelledPerVerdict.forEach((v, n) -> recall.put(v, new Ratio(rightPerVerdict.getOrDefault(v, 0), n)));
            return recall;
        }
    }

    /** Right out of total. */
    private static final class Counter {
        int right;
        int total;

        void add(boolean isRight) {
            total++;
            if (isRight) {
                right++;
            }
        }

        Ratio ratio() {
            return new Ratio(right, total);
        }
    }
}
