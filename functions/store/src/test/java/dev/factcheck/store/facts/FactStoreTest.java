package dev.factcheck.store.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Entity;
import dev.factcheck.catalog.Unit;
import dev.factcheck.check.ReferenceData;
import dev.factcheck.facts.Fact;
import dev.factcheck.facts.SeriesKey;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.TestDynamoDb;
import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DynamoDbExtension.class)
class FactStoreTest {

    private final TestDynamoDb dynamoDb;
    private FactStore store;

    FactStoreTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void freshTables() {
        store = new FactStore(dynamoDb.client(), dynamoDb.createTables().name(FactsSchema.TABLE_LOGICAL_ID));
    }

    static Fact fact(String entity, String metric, String object, long value, Unit unit, String day, String source) {
        Period period = Period.day(LocalDate.parse(day));
        return new Fact(Fact.identityOf(entity, metric, object, period, source), entity, metric, object,
                BigDecimal.valueOf(value), unit, false, period, source, null, null);
    }

    @Test
    void series_returnsEveryRecordOfEachSeriesOrderedByPeriod_andNothingOfOtherSeries() {
        store.upsert(List.of(), List.of(), List.of(
                fact("Amazon", "layoffs", null, 9_000, Unit.PEOPLE, "2023-03-20", "https://example.org/b"),
                fact("Amazon", "layoffs", null, 18_000, Unit.PEOPLE, "2023-01-04", "https://example.org/a"),
                fact("Amazon", "investment", "Anthropic", 4_000_000_000L, Unit.USD, "2024-03-27", "https://example.org/c"),
                fact("Meta", "layoffs", null, 11_000, Unit.PEOPLE, "2022-11-09", "https://example.org/d")));

        Map<SeriesKey, List<Fact>> series = store.series(Set.of(
                new SeriesKey("Amazon", "layoffs", null), new SeriesKey("Amazon", "investment", "Anthropic"),
                new SeriesKey("Apple", "layoffs", null)));

        assertThat(series.get(new SeriesKey("Amazon", "layoffs", null)))
                .extracting(f -> f.value().longValue()).containsExactly(18_000L, 9_000L);
        assertThat(series.get(new SeriesKey("Amazon", "investment", "Anthropic")))
                .singleElement().satisfies(f -> assertThat(f.unit()).isEqualTo(Unit.USD));
        assertThat(series.get(new SeriesKey("Apple", "layoffs", null))).isEmpty();
    }

    @Test
    void upsert_replacesARecordWithTheSameIdentity_insteadOfAddingASecond() {
        Fact first = fact("Amazon", "layoffs", null, 14_000, Unit.PEOPLE, "2025-10-28", "https://example.org/x");
        store.upsert(List.of(), List.of(), List.of(first));
        store.upsert(List.of(), List.of(), List.of(new Fact(first.id(), first.entity(), first.metric(), null,
                BigDecimal.valueOf(14_500), Unit.PEOPLE, false, first.period(), first.source(), "corrected", null)));

        assertThat(store.list("Amazon", "layoffs", null)).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("14500"));
    }

    @Test
    void catalog_readsEntitiesWithAliases_andVersionRisesWithEveryWrite() {
        String before = store.catalog().version();
        store.upsert(List.of(new Entity("Alphabet", List.of("Google", "Alphabet Inc."))), List.of(), List.of());

        ReferenceData.VersionedCatalog catalog = store.catalog();

        assertThat(catalog.catalog().entity("Alphabet")).get()
                .satisfies(e -> assertThat(e.aliases()).containsExactly("Google", "Alphabet Inc."));
        assertThat(catalog.catalog().metric("layoffs")).as("built-in metrics stay").isPresent();
        assertThat(catalog.version()).isNotEqualTo(before);
    }

    @Test
    void delete_removesTheRecordById_andReportsUnknownIds() {
        Fact fact = fact("Microsoft", "layoffs", null, 10_000, Unit.PEOPLE, "2023-01-18", "https://example.org/m");
        store.upsert(List.of(), List.of(), List.of(fact));

        assertThat(store.delete(fact.id())).isTrue();
        assertThat(store.delete(fact.id())).isFalse();
        assertThat(store.list("Microsoft", null, null)).isEmpty();
    }

    @Test
    void upsert_writesThousandsOfRecordsInBatches() {
        List<Fact> facts = new ArrayList<>();
        LocalDate day = LocalDate.parse("2020-01-01");
        for (int i = 0; i < 1_200; i++) {
            facts.add(fact("Amazon", "revenue", null, 1_000 + i, Unit.USD, day.plusDays(i).toString(), "https://example.org/r"));
        }
        store.upsert(List.of(), List.of(), facts);

        assertThat(store.list("Amazon", "revenue", null)).hasSize(1_200);
    }
}
