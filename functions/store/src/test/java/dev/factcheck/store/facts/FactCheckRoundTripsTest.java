package dev.factcheck.store.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Entity;
import dev.factcheck.catalog.Unit;
import dev.factcheck.check.FactCheck;
import dev.factcheck.check.FactChecker;
import dev.factcheck.claims.ExtractionSettings;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.TestDynamoDb;
import dev.factcheck.verify.VerificationSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** One fact check waits for two DynamoDB round trips, whatever the number of claims. */
@ExtendWith(DynamoDbExtension.class)
class FactCheckRoundTripsTest {

    private static final String TEXT = "Amazon cut 14,000 jobs. Meta cut 11,000 jobs. Microsoft cut 10,000 jobs. "
            + "Amazon later cut 9,000 more jobs. Meta cut 10,000 jobs again. Microsoft cut 9,000 jobs too. "
            + "Amazon cut 18,000 jobs earlier. Meta cut 12,000 jobs. Microsoft cut 11,000 jobs.";

    private final TestDynamoDb dynamoDb;

    FactCheckRoundTripsTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @Test
    void factCheck_readsTheCatalogOnce_thenEverySeriesInOneParallelWave() {
        String table = dynamoDb.createTables().name(FactsSchema.TABLE_LOGICAL_ID);
        new FactStore(dynamoDb.client(), table).upsert(List.of(new Entity("Amazon", List.of()),
                new Entity("Meta", List.of()), new Entity("Microsoft", List.of())), List.of(), List.of(
                FactStoreTest.fact("Amazon", "layoffs", null, 14_000, Unit.PEOPLE, "2025-10-28", "https://example.org/a"),
                FactStoreTest.fact("Meta", "layoffs", null, 11_000, Unit.PEOPLE, "2022-11-09", "https://example.org/m"),
                FactStoreTest.fact("Microsoft", "layoffs", null, 10_000, Unit.PEOPLE, "2023-01-18", "https://example.org/s")));

        int seriesCount = 3;
        CountDownLatch allSeriesInFlight = new CountDownLatch(seriesCount);
        List<Boolean> sawTheOthersInFlight = new CopyOnWriteArrayList<>();
        AtomicInteger catalogReads = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        ExecutionInterceptor counter = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                requests.incrementAndGet();
                if (context.request() instanceof QueryRequest query) {
                    String partition = query.expressionAttributeValues().get(":pk").s();
                    if (partition.equals(FactsSchema.CATALOG_PK)) {
                        catalogReads.incrementAndGet();
                    } else {
                        // A series read waits here until every series read has started: sequential
                        // reads would never get there and the wait would time out.
                        allSeriesInFlight.countDown();
                        try {
                            sawTheOthersInFlight.add(allSeriesInFlight.await(5, TimeUnit.SECONDS));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            }
        };
        FactChecker checker = new FactChecker(new FactStore(dynamoDb.clientWith(List.of(counter)), table),
                ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS);

        FactCheck check = checker.check(TEXT, LocalDate.parse("2025-10-28"));

        assertThat(check.claims()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(catalogReads).hasValue(1);
        assertThat(sawTheOthersInFlight).hasSize(seriesCount).containsOnly(true);
        assertThat(requests).hasValue(1 + seriesCount);
    }

    @Test
    void factCheck_readsOnlyTheCatalog_whenTheSameContainerSawTheSeriesUnderTheSameVersion() {
        String table = dynamoDb.createTables().name(FactsSchema.TABLE_LOGICAL_ID);
        FactStore writer = new FactStore(dynamoDb.client(), table);
        writer.upsert(List.of(new Entity("Amazon", List.of())), List.of(), List.of(
                FactStoreTest.fact("Amazon", "layoffs", null, 14_000, Unit.PEOPLE, "2025-10-28", "https://example.org/a")));
        AtomicInteger requests = new AtomicInteger();
        ExecutionInterceptor counter = counting(requests);
        FactChecker checker = new FactChecker(new FactStore(dynamoDb.clientWith(List.of(counter)), table),
                ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS);
        LocalDate published = LocalDate.parse("2025-10-28");

        checker.check("Amazon cut 14,000 jobs.", published);
        int first = requests.getAndSet(0);
        FactCheck cached = checker.check("Amazon cut 14,000 jobs.", published);
        int second = requests.getAndSet(0);
        writer.upsert(List.of(), List.of(), List.of(
                FactStoreTest.fact("Amazon", "layoffs", null, 20_000, Unit.PEOPLE, "2025-10-28", "https://example.org/a")));
        FactCheck afterWrite = checker.check("Amazon cut 14,000 jobs.", published);

        assertThat(first).isEqualTo(2);
        assertThat(second).isEqualTo(1);
        assertThat(cached.claims().getFirst().evidence()).hasSize(1);
        assertThat(requests).as("a write raises the version, so the series is read again").hasValue(2);
        assertThat(afterWrite.claims().getFirst().verdict()).as(afterWrite.claims().getFirst().explanation())
                .isNotEqualTo(cached.claims().getFirst().verdict());
    }

    @Test
    void factCheck_needsNoRequest_withinTheFreshnessBound_andAWriteThroughTheSameStoreShowsAtOnce() {
        String table = dynamoDb.createTables().name(FactsSchema.TABLE_LOGICAL_ID);
        AtomicInteger requests = new AtomicInteger();
        FactStore store = cachingStoreCounting(table, requests);
        store.upsert(List.of(new Entity("Amazon", List.of())), List.of(), List.of(
                FactStoreTest.fact("Amazon", "layoffs", null, 14_000, Unit.PEOPLE, "2025-10-28", "https://example.org/a")));
        FactChecker checker = new FactChecker(store, ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS);
        LocalDate published = LocalDate.parse("2025-10-28");

        checker.check("Amazon cut 14,000 jobs.", published);
        requests.set(0);
        FactCheck warm = checker.check("Amazon cut 14,000 jobs.", published);
        int warmRequests = requests.get();
        store.upsert(List.of(), List.of(), List.of(
                FactStoreTest.fact("Amazon", "layoffs", null, 20_000, Unit.PEOPLE, "2025-10-28", "https://example.org/a")));
        FactCheck afterWrite = checker.check("Amazon cut 14,000 jobs.", published);

        assertThat(warmRequests).isZero();
        assertThat(warm.claims().getFirst().expected()).isEqualByComparingTo("14000");
        assertThat(afterWrite.claims().getFirst().expected()).isEqualByComparingTo("20000");
    }

    @Test
    void recheckIfChanged_readsTheVersionItemAlone_whenTheStoredVerdictsAreCurrent() {
        String table = dynamoDb.createTables().name(FactsSchema.TABLE_LOGICAL_ID);
        FactStore writer = new FactStore(dynamoDb.client(), table);
        writer.upsert(List.of(new Entity("Amazon", List.of())), List.of(), List.of(
                FactStoreTest.fact("Amazon", "layoffs", null, 14_000, Unit.PEOPLE, "2025-10-28", "https://example.org/a")));
        List<String> requests = new CopyOnWriteArrayList<>();
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                requests.add(context.request().getClass().getSimpleName());
            }
        };
        FactChecker checker = new FactChecker(new FactStore(dynamoDb.clientWith(List.of(recorder)), table),
                ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS);
        LocalDate published = LocalDate.parse("2025-10-28");
        FactCheck stored = new FactChecker(writer, ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS)
                .check("Amazon cut 14,000 jobs.", published);
        List<dev.factcheck.claims.Claim> claims = stored.claims().stream().map(c -> c.claim()).toList();

        assertThat(checker.recheckIfChanged("Amazon cut 14,000 jobs.", claims, published, stored.factsVersion())).isEmpty();
        assertThat(requests).containsExactly("GetItemRequest");

        requests.clear();
        writer.upsert(List.of(), List.of(), List.of(
                FactStoreTest.fact("Amazon", "layoffs", null, 20_000, Unit.PEOPLE, "2025-10-28", "https://example.org/a")));
        FactCheck rechecked = checker.recheckIfChanged("Amazon cut 14,000 jobs.", claims, published,
                stored.factsVersion()).orElseThrow();

        assertThat(requests).as("the version, then the catalog and the series")
                .containsExactly("GetItemRequest", "QueryRequest", "QueryRequest");
        assertThat(rechecked.factsVersion()).isNotEqualTo(stored.factsVersion());
        assertThat(rechecked.claims().getFirst().expected()).isEqualByComparingTo("20000");
    }

    @Test
    void version_isTheCatalogsVersion_andComesFromMemoryWithinTheFreshnessBound() {
        String table = dynamoDb.createTables().name(FactsSchema.TABLE_LOGICAL_ID);
        AtomicInteger requests = new AtomicInteger();
        FactStore store = cachingStoreCounting(table, requests);
        FactStore other = new FactStore(dynamoDb.client(), table);

        assertThat(store.version()).as("no write yet").isEqualTo(other.catalog().version());
        other.upsert(List.of(new Entity("Amazon", List.of())), List.of(), List.of());
        requests.set(0);
        String cached = store.version();
        assertThat(requests).as("read within the bound: another container's write shows after it").hasValue(0);
        assertThat(cached).isNotEqualTo(other.catalog().version());

        store.upsert(List.of(new Entity("Meta", List.of())), List.of(), List.of());
        requests.set(0);
        String afterOwnWrite = store.version();
        assertThat(requests).as("a write through the same store shows at once").hasValue(1);
        assertThat(afterOwnWrite).isEqualTo(other.catalog().version());
        assertThat(store.catalog().version()).isEqualTo(afterOwnWrite);
    }

    /** An interceptor that counts every request the client sends. */
    private static ExecutionInterceptor counting(AtomicInteger requests) {
        return new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                requests.incrementAndGet();
            }
        };
    }

    /** A store that keeps the catalog for ten minutes, its requests counted in {@code requests}. */
    private FactStore cachingStoreCounting(String table, AtomicInteger requests) {
        var client = dynamoDb.clientWith(List.of(counting(requests)));
        return new FactStore(client, table, dev.factcheck.store.BatchWriter.withDefaults(client), java.time.Duration.ofMinutes(10));
    }
}
