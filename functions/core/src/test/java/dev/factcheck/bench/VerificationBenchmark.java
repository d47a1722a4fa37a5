package dev.factcheck.bench;

import dev.factcheck.catalog.BuiltInMetrics;
import dev.factcheck.catalog.Metric;
import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Claim;
import dev.factcheck.facts.Fact;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.TestClaims;
import dev.factcheck.verify.VerificationSettings;
import dev.factcheck.verify.Verifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Verification throughput with the records in memory: one operation is one claim judged. The claims
 * mix every rule: flow sums over a period, undated flow claims, running totals (supported and
 * outdated) and unit mismatches, against series of a few dozen records each.
 *
 * <p>Run: {@code ./mvnw -q -pl functions/core test-compile exec:exec -Dexec.classpathScope=test
 * -Dexec.executable=java "-Dexec.args=-cp %classpath org.openjdk.jmh.Main VerificationBenchmark -f 1 -wi 2 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VerificationBenchmark {

    static final int CLAIMS = 64;

    private final Verifier verifier = new Verifier(VerificationSettings.DEFAULTS);
    private final LocalDate publishedAt = LocalDate.parse("2025-10-28");
    private List<Claim> claims;
    private List<Metric> metrics;
    private List<List<Fact>> series;

    @Setup
    public void setUp() {
        List<Fact> layoffs = new ArrayList<>();
        LocalDate day = LocalDate.parse("2020-01-15");
        for (int i = 0; i < 30; i++) {
            layoffs.add(TestClaims.fact("Amazon", "layoffs", null, String.valueOf(1000 + 500 * i), Unit.PEOPLE, false,
                    day.plusDays(65L * i).toString()));
        }
        List<Fact> investment = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            investment.add(TestClaims.fact("Amazon", "investment", "Anthropic", (i + 1) + "000000000", Unit.USD, true,
                    day.plusDays(90L * i).toString()));
        }
        claims = new ArrayList<>();
        metrics = new ArrayList<>();
        series = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            switch (i % 4) {
                case 0 -> {
                    claims.add(TestClaims.claim().id("c" + i).value("27000").bounds("26500", "27500")
                            .period("2021-01-01", "2022-12-31").build());
                    metrics.add(BuiltInMetrics.LAYOFFS);
                    series.add(layoffs);
                }
                case 1 -> {
                    claims.add(TestClaims.claim().id("c" + i).value("15500").bounds("15000", "16000").build());
                    metrics.add(BuiltInMetrics.LAYOFFS);
                    series.add(layoffs);
                }
                case 2 -> {
                    claims.add(TestClaims.claim().id("c" + i).text("$4B").value("4000000000").unit(Unit.USD)
                            .bounds("3500000000", "4500000000").metric("investment").object("Anthropic").build());
                    metrics.add(BuiltInMetrics.INVESTMENT);
                    series.add(investment);
                }
                default -> {
                    claims.add(TestClaims.claim().id("c" + i).text("€4B").value("4000000000").unit(Unit.EUR)
                            .bounds("3500000000", "4500000000").metric("investment").object("Anthropic").build());
                    metrics.add(BuiltInMetrics.INVESTMENT);
                    series.add(investment);
                }
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public void verifyClaims(Blackhole blackhole) {
        for (int i = 0; i < CLAIMS; i++) {
            CheckedClaim checked = verifier.verify(claims.get(i), metrics.get(i), series.get(i), publishedAt);
            blackhole.consume(checked);
        }
    }
}
