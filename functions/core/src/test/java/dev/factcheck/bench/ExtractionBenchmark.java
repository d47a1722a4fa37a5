package dev.factcheck.bench;

import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Entity;
import dev.factcheck.claims.Claim;
import dev.factcheck.claims.ClaimExtractor;
import dev.factcheck.claims.ExtractionSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Claim-extraction throughput on one thread over a 6 KB article made of the corpus sentences. The
 * {@code bytes} counter is the throughput in bytes of UTF-8 text per second (divide by 10^6 for MB/s).
 *
 * <pre>
 * ./mvnw -q -pl functions/core test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *   "-Dexec.args=-cp %classpath org.openjdk.jmh.Main ExtractionBenchmark -f 1 -wi 2 -i 3"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 3)
@Threads(1)
public class ExtractionBenchmark {

    static final int ARTICLE_BYTES = 6 * 1024;

    private final ClaimExtractor extractor = extractor();
    private final LocalDate published = LocalDate.parse("2025-10-28");
    private String article;
    private int articleBytes;

    /** Counts the bytes of text extracted per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup
    public void load() throws IOException {
        article = article();
        articleBytes = article.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The extractor of the benchmarks: default settings, a catalog of four companies. */
    static ClaimExtractor extractor() {
        return new ClaimExtractor(Catalog.of(List.of(
                new Entity("Amazon", List.of("Amazon.com")),
                new Entity("Meta", List.of("Facebook", "Meta Platforms")),
                new Entity("Alphabet", List.of("Google", "Alphabet Inc.")),
                new Entity("Microsoft", List.of())), List.of()), ExtractionSettings.DEFAULTS);
    }

    /** About 6 KB of article text: the corpus's sentences, in order, as paragraphs. */
    static String article() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/corpus/claims.txt")) {
            String corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : corpus.split("\n")) {
                if (line.startsWith("T ")) {
                    String sentence = line.substring(2).replace("\\n", "\n");
                    if (sb.length() + sentence.length() + 2 > ARTICLE_BYTES) {
                        break;
                    }
                    sb.append(sentence).append(sb.length() % 3 == 0 ? "\n\n" : " ");
                }
            }
        }
        return sb.toString();
    }

    @Benchmark
    public List<Claim> extract(Bytes counter) {
        counter.bytes += articleBytes;
        return extractor.extract(article, published);
    }
}
