package dev.factcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Aggregation;
import dev.factcheck.check.NewsCorpus.Article;
import dev.factcheck.check.NewsCorpus.Label;
import dev.factcheck.facts.Fact;
import dev.factcheck.facts.SeriesKey;
import dev.factcheck.verify.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's measuring stick: news copy written like wire stories, blogs, listicles with tables,
 * explainers and press releases, every figure labelled by hand (claim or not, value, unit, entity,
 * object, metric, period, verdict) before the rules it measures were written.
 *
 * <p>The target of every score is {@link #TARGET} (0.95). Today's code scores lower, so the
 * asserted minimums are <em>ratchet floors</em>: today's measured scores rounded down. A change that
 * makes any score drop fails; a change that raises a score should raise its floor here (and the
 * figures in {@code functions/core/README.md}). Never lower a floor or edit a label to make a test pass:
 * a label changes only when it is wrong about the article, and the commit says why.
 */
class NewsCorpusTest {

    /** What issue 15 asks of every score below. */
    static final double TARGET = 0.95;

    /** Minimum scores, in the order of {@link #scores}: raise them as the rules improve. */
    record Floors(double precision, double recall, double f1, double verdictAccuracy, double macroVerdictRecall,
                  double entityMetricAccuracy, double periodAccuracy, double nonClaimAccuracy,
                  double contestedInSummary) {
    }

    /**
     * Ratchet floors of the tuning split (articles.txt), measured on 2026-12-02. The split grew that
     * afternoon from 61 to 81 articles (435 to 692 claims), each new one labelled by hand before the rules
     * ran on it; the floors follow what the grown split measures, rounded down, and some are lower than the
     * 61 articles' (precision 0.99, entity+metric 1.00, period 0.97, distractors 0.99): the new articles'
     * remaining misses, kept in the split rather than trimmed to fit the old floors.
     */
    static final Floors TUNING_FLOORS = new Floors(0.98, 1.00, 0.99, 0.99, 0.99, 1.00, 0.97, 0.98, 1.00);

    /** Ratchet floors of the held-out split (holdout.txt), measured on 2026-12-02. */
    static final Floors HOLDOUT_FLOORS = new Floors(1.00, 0.99, 0.99, 0.98, 0.97, 0.99, 0.99, 1.00, 1.00);

    /**
     * Ratchet floors of the unseen split (unseen.txt), written and labelled without reading the rule
     * code or its output. Its first run (main at 80a50ad) scored 0.848, 0.994, 0.915, 0.548, 0.486,
     * 0.521, 0.767, 0.775, 0.600; the floors follow main's measured scores, rounded down, as rules improve.
     */
    static final Floors UNSEEN_FLOORS = new Floors(0.98, 1.00, 0.99, 0.98, 0.95, 0.99, 0.99, 0.98, 0.95);

    /**
     * Ratchet floors of the sealed split (sealed.txt), articles written and labelled without reading
     * the rule code, the other splits or the extractor's output. Its first run (on main before the last
     * entity rules landed) scored 0.841, 0.974, 0.902, 0.737, 0.716, 0.833, 0.789, 0.771, 0.857; the
     * floors follow main's measured scores, rounded down. On 2026-12-02 at 16:30 it was unsealed and became a
     * development split (a few of its lines had already been seen): its misses are printed and read, so it no
     * longer measures blind generalisation. sealed3.txt followed on 2026-12-02 at 17:40; sealed2.txt stays
     * blind, with sealed4.txt.
     */
    static final Floors SEALED_FLOORS = new Floors(0.96, 0.97, 0.96, 0.93, 0.96, 0.96, 0.93, 0.98, 1.00);

    /**
     * Ratchet floors of the second sealed split (sealed2.txt), written and labelled without reading the
     * rule code, the README's rule sections, the other sealed split or the extractor's output, and
     * committed before the extractor first ran on it. Its first run (main at 27574f8, labels committed in
     * e931cfd) scored 0.944, 0.991, 0.967, 0.809, 0.798, 0.834, 0.892, 0.823, 0.788 (its distractors then
     * counted by the older measure); the floors follow main's measured scores, rounded down. Only its
     * score table is printed, never its misses.
     */
    static final Floors SEALED2_FLOORS = new Floors(0.97, 0.99, 0.98, 0.89, 0.87, 0.90, 0.93, 0.96, 0.81);

    /**
     * Ratchet floors of the third sealed split (sealed3.txt), written and labelled without reading the rule
     * code, the README's rule sections, the other sealed splits, the unseen or held-out splits or the
     * extractor's output, and committed (43e0e28) before the extractor first ran on it. Its first run (main
     * at f7fd51e) scored 0.886, 0.997, 0.938, 0.793, 0.693, 0.818, 0.858, 0.846, 0.655; the floors follow
     * main's measured scores, rounded down. On 2026-12-02 at 17:40 it was unsealed and became a development
     * split, to learn from more copy its engineers did not write: its misses are printed and read.
     */
    static final Floors SEALED3_FLOORS = new Floors(1.00, 0.99, 0.99, 0.95, 0.92, 0.99, 0.94, 1.00, 0.93);

    /**
     * Ratchet floors of the fourth sealed split (sealed4.txt), written and labelled without reading the rule
     * code, the README's rule sections, any other split's articles or the extractor's output, and committed
     * (9117546) before the extractor first ran on it. Its first run (main at 7e770fc) scored 0.904, 0.964,
     * 0.933, 0.667, 0.637, 0.672, 0.826, 0.883, 0.729; the floors are those scores rounded down. Only its score
     * table is printed, never its misses. Labels audited on 2026-12-02 at ~18:30 against the conventions of
     * articles.txt, blind to the extractor's output: 3 labels fixed, all periods (a share in a clause opened by a
     * month, dated like the layoff it shares); the floors still hold.
     */
    static final Floors SEALED4_FLOORS = new Floors(0.91, 0.96, 0.93, 0.69, 0.69, 0.69, 0.84, 0.88, 0.79);

    private static List<Article> tuning;
    private static List<Article> holdout;
    private static List<Article> unseen;
    private static List<Article> sealed;
    private static List<Article> sealed2;
    private static List<Article> sealed3;
    private static List<Article> sealed4;
    private static NewsFacts facts;

    @BeforeAll
    static void load() {
        tuning = NewsCorpus.load("/corpus/news/articles.txt");
        holdout = NewsCorpus.load("/corpus/news/holdout.txt");
        unseen = NewsCorpus.load("/corpus/news/unseen.txt");
        sealed = NewsCorpus.load("/corpus/news/sealed.txt");
        sealed2 = NewsCorpus.load("/corpus/news/sealed2.txt");
        sealed3 = NewsCorpus.load("/corpus/news/sealed3.txt");
        sealed4 = NewsCorpus.load("/corpus/news/sealed4.txt");
        facts = NewsFacts.load("/corpus/news/facts.json");
    }

    /** What one split (or the tuning and held-out splits together) must hold to mean something. */
    private record Coverage(int articles, int claims, int nonClaims, int perStyle, int perClass) {
    }

    @Test
    void corpus_hasSixtyArticlesInEveryStyle_and250LabelledClaimsCoveringEveryClassAndVerdict() {
        assertThat(holdout.size()).isGreaterThanOrEqualTo(15);
        assertCoverage("news corpus (tuning and held out)", Stream.concat(tuning.stream(), holdout.stream()).toList(),
                new Coverage(60, 250, 150, 10, 8));
    }

    /** The unseen split measures generalisation: it must be big and varied enough to mean something. */
    @Test
    void unseenSplit_hasTwentyArticlesOfEveryStyle_and150LabelledClaimsCoveringEveryClassAndVerdict() {
        assertCoverage("unseen split", unseen, new Coverage(20, 150, 0, 4, 5));
        assertNoArticleShared(unseen, tuning, holdout);
    }

    /** The first sealed split, a development split since 2026-12-02 at 16:30: its coverage still has to hold. */
    @Test
    void sealedSplit_hasTenArticlesOfEveryStyle_and80LabelledClaimsCoveringEveryClassAndVerdict() {
        assertCoverage("sealed split", sealed, new Coverage(10, 80, 0, 2, 5));
        assertNoArticleShared(sealed, tuning, holdout, unseen);
    }

    /** The second sealed split: bigger than the first, so that one lucky or unlucky article moves its scores less. */
    @Test
    void sealed2Split_hasTwentyArticlesOfEveryStyle_and200LabelledClaimsCoveringEveryClassAndVerdict() {
        assertCoverage("second sealed split", sealed2, new Coverage(20, 200, 150, 4, 8));
        assertNoArticleShared(sealed2, tuning, holdout, unseen, sealed);
    }

    /** The third sealed split: as big again, with companies of its own, so that the sealed measure rests on more copy. */
    @Test
    void sealed3Split_hasTwentyFiveArticlesOfEveryStyle_and300LabelledClaimsCoveringEveryClassAndVerdict() {
        assertCoverage("third sealed split", sealed3, new Coverage(25, 300, 200, 5, 8));
        assertNoArticleShared(sealed3, tuning, holdout, unseen, sealed, sealed2);
    }

    /** The fourth sealed split: companies of its own again, and more contested figures than the other sealed splits. */
    @Test
    void sealed4Split_hasTwentyFiveArticlesOfEveryStyle_and300LabelledClaimsCoveringEveryClassAndVerdict() {
        assertCoverage("fourth sealed split", sealed4, new Coverage(25, 300, 250, 5, 20));
        assertNoArticleShared(sealed4, tuning, holdout, unseen, sealed, sealed2, sealed3);
    }

    private static void assertCoverage(String name, List<Article> articles, Coverage minimum) {
        List<Label> claims = articles.stream().flatMap(a -> a.claims().stream()).toList();
        long nonClaims = articles.stream().flatMap(a -> a.labels().stream()).filter(l -> !l.claim()).count();
        Map<String, Long> styles = articles.stream().collect(Collectors.groupingBy(Article::style, TreeMap::new,
                Collectors.counting()));
        Map<Character, Long> classes = claims.stream().flatMap(l -> l.classes().chars().mapToObj(c -> (char) c))
                .collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting()));
        Map<Verdict, Long> verdicts = claims.stream().collect(Collectors.groupingBy(Label::verdict,
                () -> new EnumMap<>(Verdict.class), Collectors.counting()));
        System.out.printf("%s: %d articles, %d labelled claims, %d non-claims%n  styles %s%n  classes %s%n"
                + "  verdicts %s%n", name, articles.size(), claims.size(), nonClaims, styles, classes, verdicts);

        assertThat(articles.size()).as(name + " articles").isGreaterThanOrEqualTo(minimum.articles());
        assertThat(claims.size()).as(name + " labelled claims").isGreaterThanOrEqualTo(minimum.claims());
        assertThat(nonClaims).as(name + " labelled non-claims").isGreaterThanOrEqualTo(minimum.nonClaims());
        assertThat(styles.keySet()).containsExactlyInAnyOrderElementsOf(NewsCorpus.STYLES);
        styles.values().forEach(n -> assertThat(n).as(name + " articles per style").isGreaterThanOrEqualTo(minimum.perStyle()));
        for (char c : NewsCorpus.CLASSES.toCharArray()) {
            assertThat(classes.getOrDefault(c, 0L)).as(name + " claims of class " + c)
                    .isGreaterThanOrEqualTo(minimum.perClass());
        }
        assertThat(verdicts.keySet()).containsExactlyInAnyOrder(Verdict.values());
        assertThat(verdicts.get(Verdict.SUPPORTED) * 2).as("most figures in real copy are right")
                .isGreaterThan(claims.size());
    }

    @SafeVarargs
    private static void assertNoArticleShared(List<Article> split, List<Article>... others) {
        List<String> ids = Stream.of(others).flatMap(List::stream).map(Article::id).toList();
        assertThat(split).extracting(Article::id).as("no article shared with another split").doesNotContainAnyElementsOf(ids);
    }

    @Test
    void labels_judgedAgainstRecordsNameASeriesTheFactsHold() {
        List<String> problems = new ArrayList<>();
        for (Article article : Stream.of(tuning, holdout, unseen, sealed, sealed2, sealed3, sealed4).flatMap(List::stream).toList()) {
            for (Label label : article.claims()) {
                if (label.verdict() == Verdict.UNVERIFIED) {
                    continue;
                }
                if (label.entity() == null || label.metric() == null) {
                    problems.add(article.id() + ":" + label.line() + " " + label.verdict() + " needs an entity and a metric");
                    continue;
                }
                // A share names two metrics ("layoffs/headcount"): both series must exist.
                for (String metric : label.metric().split("/")) {
                    SeriesKey key = new SeriesKey(label.entity(), metric, label.object());
                    if (facts.series(Set.of(key)).get(key).isEmpty()) {
                        problems.add(article.id() + ":" + label.line() + " no records of " + key);
                    }
                    if (facts.names().metric(metric).isEmpty()) {
                        problems.add(article.id() + ":" + label.line() + " unknown metric " + metric);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void facts_everyRecordHasASourceAndFictionalCompaniesOnlyFictionalSources() {
        Set<String> real = Set.of("Amazon", "Meta", "Alphabet", "Microsoft");
        assertThat(facts.facts().size()).isGreaterThanOrEqualTo(60);
        for (Fact fact : facts.facts()) {
            assertThat(fact.source()).as(fact.toString()).startsWith("https://");
            assertThat(facts.names().entity(fact.entity())).as(fact.toString()).isPresent();
            if (!real.contains(fact.entity())) {
                assertThat(fact.source()).as(fact.toString()).startsWith("https://example.com/");
            }
        }
    }

    /** Flows are added up over a claim's period: the corpus's own records of one flow never overlap. */
    @Test
    void facts_flowRecordsOfOneSeriesNeverOverlap() {
        List<String> overlaps = new ArrayList<>();
        List<Fact> all = facts.facts();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Fact a = all.get(i);
                Fact b = all.get(j);
                boolean flow = facts.names().metric(a.metric()).map(m -> m.aggregation() == Aggregation.SUM).orElse(false);
                if (flow && !a.cumulative() && a.series().equals(b.series())
                        && !a.period().from().isAfter(b.period().to()) && !b.period().from().isAfter(a.period().to())) {
                    overlaps.add(a.series() + " " + a.period() + " / " + b.period());
                }
            }
        }
        assertThat(overlaps).isEmpty();
    }

    @Test
    void tuningSplit_scoresAtLeastItsRatchetFloors() {
        assertFloors("tuning split (articles.txt)", NewsCorpusScore.of(tuning, facts), TUNING_FLOORS);
    }

    /** Held out from rule work: a rule tuned on the other split must not lower these. */
    @Test
    void heldOutSplit_scoresAtLeastItsRatchetFloors() {
        assertFloors("held-out split (holdout.txt)", NewsCorpusScore.of(holdout, facts), HOLDOUT_FLOORS);
    }

    /** Written after the rules by someone who had not read them: a rule that only fits the other splits shows here. */
    @Test
    void unseenSplit_scoresAtLeastItsRatchetFloors() {
        assertFloors("unseen split (unseen.txt)", NewsCorpusScore.of(unseen, facts), UNSEEN_FLOORS);
    }

    /** Unsealed on 2026-12-02 at 16:30 to learn why blind copy is missed: a development split now, its misses are printed. */
    @Test
    void sealedSplit_scoresAtLeastItsRatchetFloors() {
        assertFloors("sealed split (sealed.txt)", NewsCorpusScore.of(sealed, facts), SEALED_FLOORS, true);
    }

    /** Sealed: only the score table is printed, never the misses, so that no rule is tuned on it. */
    @Test
    void sealed2Split_scoresAtLeastItsRatchetFloors() {
        assertFloors("second sealed split (sealed2.txt)", NewsCorpusScore.of(sealed2, facts), SEALED2_FLOORS, false);
    }

    /** Unsealed on 2026-12-02 at 17:40, like the first: a development split now, its misses are printed. */
    @Test
    void sealed3Split_scoresAtLeastItsRatchetFloors() {
        assertFloors("third sealed split (sealed3.txt)", NewsCorpusScore.of(sealed3, facts), SEALED3_FLOORS, true);
    }

    /** Sealed like sealed2.txt: only the score table is printed, never the misses. */
    @Test
    void sealed4Split_scoresAtLeastItsRatchetFloors() {
        assertFloors("fourth sealed split (sealed4.txt)", NewsCorpusScore.of(sealed4, facts), SEALED4_FLOORS, false);
    }

    private static double[] scores(NewsCorpusScore score) {
        return new double[] {score.precision().value(), score.recall().value(), score.f1(),
                score.verdictAccuracy().value(), score.macroVerdictRecall(), score.entityMetricAccuracy().value(),
                score.fieldAccuracy("period").value(), score.nonClaimAccuracy().value(),
                score.contestedInSummary().value()};
    }

    private static void assertFloors(String name, NewsCorpusScore score, Floors floors) {
        assertFloors(name, score, floors, true);
    }

    /** {@code withMisses} false prints the score table alone: a sealed split's misses stay unread. */
    private static void assertFloors(String name, NewsCorpusScore score, Floors floors, boolean withMisses) {
        if (withMisses) {
            System.out.print(score.report(name));
        } else {
            System.out.println(name + ":");
        }
        String[] names = Arrays.stream(Floors.class.getRecordComponents()).map(c -> c.getName()).toArray(String[]::new);
        double[] measured = scores(score);
        double[] minimum = {floors.precision(), floors.recall(), floors.f1(), floors.verdictAccuracy(),
                floors.macroVerdictRecall(), floors.entityMetricAccuracy(), floors.periodAccuracy(),
                floors.nonClaimAccuracy(), floors.contestedInSummary()};
        StringBuilder table = new StringBuilder(String.format("%-22s %8s %8s %8s%n", "score", "measured", "floor", "target"));
        for (int i = 0; i < names.length; i++) {
            table.append(String.format("%-22s %8.3f %8.3f %8.2f%n", names[i], measured[i], minimum[i], TARGET));
        }
        System.out.print(table);
        for (int i = 0; i < names.length; i++) {
            assertThat(measured[i]).as(name + " " + names[i] + " fell below its ratchet floor\n" + table)
                    .isGreaterThanOrEqualTo(minimum[i]);
        }
    }
}
