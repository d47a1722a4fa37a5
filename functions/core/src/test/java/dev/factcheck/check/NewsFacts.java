package dev.factcheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.catalog.Aggregation;
import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Entity;
import dev.factcheck.catalog.Metric;
import dev.factcheck.catalog.Unit;
import dev.factcheck.facts.Fact;
import dev.factcheck.facts.SeriesKey;
import dev.factcheck.time.Period;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The news corpus's reference data, read from a file in the body format of {@code PUT /facts}
 * (so the same file can be uploaded to a running stack), served from memory as {@link ReferenceData}.
 */
record NewsFacts(Catalog names, List<Fact> facts) implements ReferenceData {

    private static final ObjectMapper JSON = new ObjectMapper();

    static NewsFacts load(String resource) {
        try (InputStream in = NewsFacts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            JsonNode root = JSON.readTree(in);
            List<Entity> entities = new ArrayList<>();
            for (JsonNode e : root.path("entities")) {
                List<String> aliases = new ArrayList<>();
                e.path("aliases").forEach(a -> aliases.add(a.asText()));
                entities.add(new Entity(e.path("name").asText(), aliases));
            }
            List<Metric> metrics = new ArrayList<>();
            for (JsonNode m : root.path("metrics")) {
                List<String> terms = new ArrayList<>();
                m.path("terms").forEach(t -> terms.add(t.asText()));
                metrics.add(new Metric(m.path("name").asText(),
                        Dimension.valueOf(m.path("unit").asText().toUpperCase(Locale.ROOT)),
                        Aggregation.valueOf(m.path("aggregation").asText().toUpperCase(Locale.ROOT)), terms));
            }
            List<Fact> facts = new ArrayList<>();
            for (JsonNode f : root.path("facts")) {
                facts.add(fact(f));
            }
            facts.sort(Comparator.comparing((Fact f) -> f.period().to()).thenComparing(f -> f.period().from()));
            return new NewsFacts(Catalog.of(entities, metrics), List.copyOf(facts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Fact fact(JsonNode f) {
        String entity = f.path("entity").asText();
        String metric = f.path("metric").asText();
        String object = f.hasNonNull("object") ? f.get("object").asText() : null;
        Period period = new Period(LocalDate.parse(f.path("period").path("from").asText()),
                LocalDate.parse(f.path("period").path("to").asText()));
        String source = f.path("source").asText();
        Unit unit = Unit.fromCode(f.path("unit").asText())
                .orElseThrow(() -> new IllegalStateException("unknown unit in " + f));
        return new Fact(Fact.identityOf(entity, metric, object, period, source), entity, metric, object,
                f.path("value").decimalValue(), unit, f.path("cumulative").asBoolean(false), period, source,
                f.path("sourceTitle").asText(null), f.path("note").asText(null));
    }

    @Override
    public VersionedCatalog catalog() {
        return new VersionedCatalog(names, "news-corpus");
    }

    @Override
    public Map<SeriesKey, List<Fact>> series(Set<SeriesKey> keys) {
        Map<SeriesKey, List<Fact>> found = new HashMap<>();
        for (SeriesKey key : keys) {
            found.put(key, facts.stream().filter(f -> f.series().equals(key)).toList());
        }
        return found;
    }
}
