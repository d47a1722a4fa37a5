package dev.factcheck.bench;

import dev.factcheck.catalog.Unit;
import dev.factcheck.summary.Summarizer;
import dev.factcheck.summary.SummaryRenderer;
import dev.factcheck.summary.VerifiedSummary;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.TestClaims;
import dev.factcheck.verify.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Verified-summary throughput: one operation is one ~6 KB article summarised to three sentences, with
 * its checked claims annotated; a second benchmark adds the Markdown rendering.
 *
 * <p>Run: {@code ./mvnw -q -pl functions/core test-compile exec:exec -Dexec.classpathScope=test
 * -Dexec.executable=java "-Dexec.args=-cp %classpath org.openjdk.jmh.Main SummaryBenchmark -f 1 -wi 2 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SummaryBenchmark {

    private static final String[] FIGURES = {"2,500", "1,200", "800", "2,000", "6%", "31,000", "$1.5 billion",
        "$400 million", "$300 million", "4%", "$9.8 billion", "$210 million", "$455 million", "12,000", "1,800",
        "900", "15,000", "3.5%", "22%", "400", "40", "$180 million"};

    private final Summarizer summarizer = new Summarizer();
    private String text;
    private List<CheckedClaim> claims;

    @Setup
    public void setUp() {
        text = SampleArticle.TEXT;
        claims = new ArrayList<>();
        Verdict[] verdicts = Verdict.values();
        for (int i = 0; i < FIGURES.length; i++) {
            Verdict verdict = verdicts[i % verdicts.length];
            claims.add(new CheckedClaim(TestClaims.claim().id("c" + i).in(text, FIGURES[i]).build(), verdict,
                    verdict == Verdict.UNVERIFIED ? null : new BigDecimal("1000"),
                    verdict == Verdict.UNVERIFIED ? List.of()
                            : List.of(TestClaims.fact("Cobalt", "layoffs", null, "1000", Unit.PEOPLE, false, "2024-03-01")),
                    "Explanation."));
        }
    }

    @Benchmark
    public VerifiedSummary summarize() {
        return summarizer.summarize(text, claims, Summarizer.DEFAULT_SENTENCES);
    }

    @Benchmark
    public String summarizeAndRenderMarkdown() {
        return SummaryRenderer.markdown(summarizer.summarize(text, claims, Summarizer.DEFAULT_SENTENCES));
    }
}
