package dev.factcheck.bench;

import dev.factcheck.claims.Claim;
import dev.factcheck.claims.ClaimExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How extraction time grows with the length of a text: the corpus article repeated to 100,000 and to
 * 200,000 characters (the largest text the API accepts). Linear extraction takes twice as long for
 * twice the text; the README shows the ratio. This replaced a wall-clock assertion in the tests, which
 * failed whenever the machine was busy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 3)
@Threads(1)
public class ExtractionScalingBenchmark {

    @Param({"100000", "200000"})
    public int characters;

    private final ClaimExtractor extractor = ExtractionBenchmark.extractor();
    private final LocalDate published = LocalDate.parse("2025-10-28");
    private String text;

    @Setup
    public void build() throws IOException {
        String article = ExtractionBenchmark.article();
        StringBuilder sb = new StringBuilder(characters + article.length());
        while (sb.length() < characters) {
            sb.append(article).append("\n\n");
        }
        text = sb.substring(0, characters);
    }

    @Benchmark
    public List<Claim> extract() {
        return extractor.extract(text, published);
    }
}
