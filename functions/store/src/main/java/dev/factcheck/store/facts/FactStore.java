package dev.factcheck.store.facts;

import static dev.factcheck.store.facts.FactsSchema.*;
import static dev.factcheck.store.format.Attributes.s;

import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Entity;
import dev.factcheck.catalog.Metric;
import dev.factcheck.check.ReferenceData;
import dev.factcheck.facts.Fact;
import dev.factcheck.facts.SeriesKey;
import dev.factcheck.store.BatchWriter;
import dev.factcheck.store.format.FormatVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Reference facts and the catalog in DynamoDB. A fact check reads through {@link ReferenceData}:
 * one Query for the catalog and its version, then one Query per series not yet cached for that
 * version, all in parallel, so the check waits for at most two round trips whatever the number of
 * claims, and for one when the container has seen its series before. Whether stored verdicts are
 * current takes one GetItem of the version item.
 */
public final class FactStore implements ReferenceData {

    /**
     * Series are read on platform threads. Measured with the cold-start harness: on a fresh JVM, a
     * fact check whose two series were read on virtual threads took about 400 ms longer than with
     * platform threads (both reads meet the SDK's first-use initialisation at once). Built at the
     * first read of several series, so functions that never read two load none of the thread builders.
     */
    private static final class SeriesReaders {
        static final java.util.concurrent.ThreadFactory FACTORY =
                Thread.ofPlatform().daemon().name("series-read-", 0).factory();
    }

    /** The version of a table no write has reached yet (no version item). */
    private static final String NO_WRITES_VERSION = "0";

    /** Bounds the memory one container spends on cached series. */
    static final int MAX_CACHED_SERIES = 10_000;

    private final DynamoDbClient dynamoDb;
    private final String table;
    /** Null until the first write when none was given: reading functions never load it. */
    private BatchWriter batchWriter;
    private final long freshnessNanos;
    private volatile Snapshot snapshot;
    /** The version read alone last ({@link #version()}), for a container that has not needed the catalog. */
    private volatile VersionRead versionRead;

    public FactStore(DynamoDbClient dynamoDb, String table) {
        this(dynamoDb, table, null, Duration.ZERO);
    }

    /** Writes with {@link BatchWriter#withDefaults}; see {@link #FactStore(DynamoDbClient, String, BatchWriter, Duration)}. */
    public FactStore(DynamoDbClient dynamoDb, String table, Duration freshness) {
        this(dynamoDb, table, null, freshness);
    }

    public FactStore(DynamoDbClient dynamoDb, String table, BatchWriter batchWriter) {
        this(dynamoDb, table, batchWriter, Duration.ZERO);
    }

    /**
     * @param freshness how long this container may answer from the catalog and series it read last
     *                  without asking DynamoDB whether the version changed; zero asks every time.
     *                  Writes through this store take effect here at once; writes by other
     *                  containers show after at most this long.
     */
    public FactStore(DynamoDbClient dynamoDb, String table, BatchWriter batchWriter, Duration freshness) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.batchWriter = batchWriter;
        this.freshnessNanos = freshness.toNanos();
    }

    @Override
    public VersionedCatalog catalog() {
        Snapshot cached = snapshot;
        if (cached != null && isFresh(cached.readAt())) {
            return cached.catalog();
        }
        List<Entity> entities = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>();
        String version = NO_WRITES_VERSION;
        // Strongly consistent, as the series reads below: a re-verification stores verdicts under this
        // version, so it must not see an older version, nor records older than the version it saw.
        for (Map<String, AttributeValue> item : query(QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", PK))
                .expressionAttributeValues(Map.of(":pk", s(CATALOG_PK)))
                .build())) {
            String sk = item.get(SK).s();
            if (sk.startsWith(ENTITY_PREFIX)) {
                entities.add(FactItems.entity(item));
            } else if (sk.startsWith(METRIC_PREFIX)) {
                metrics.add(FactItems.metric(item));
            } else if (sk.equals(VERSION_SK)) {
                version = FactItems.version(item);
            }
        }
        Snapshot current = snapshot;
        if (current != null && current.catalog().version().equals(version)) {
            snapshot = new Snapshot(current.catalog(), current.series(), System.nanoTime());
            return current.catalog();
        }
        VersionedCatalog catalog = new VersionedCatalog(Catalog.of(entities, metrics), version);
        snapshot = new Snapshot(catalog, new ConcurrentHashMap<>(), System.nanoTime());
        return catalog;
    }

    /**
     * The version alone: one consistent GetItem of the version item, unless this container read the
     * catalog or the version within the freshness window. Reading a stored article whose verdicts are
     * current needs no more, and a container that only serves such reads never loads the catalog.
     */
    @Override
    public String version() {
        Snapshot cached = snapshot;
        if (cached != null && isFresh(cached.readAt())) {
            return cached.catalog().version();
        }
        VersionRead read = versionRead;
        if (read != null && isFresh(read.readAt())) {
            return read.version();
        }
        Map<String, AttributeValue> item = dynamoDb.getItem(GetItemRequest.builder().tableName(table).consistentRead(true)
                .key(Map.of(PK, s(CATALOG_PK), SK, s(VERSION_SK))).build()).item();
        String version = item == null || item.isEmpty() ? NO_WRITES_VERSION : FactItems.version(item);
        long now = System.nanoTime();
        if (cached != null && cached.catalog().version().equals(version)) {
            // The catalog this container holds is still the current one: a catalog() call now needs no read.
            snapshot = new Snapshot(cached.catalog(), cached.series(), now);
        }
        versionRead = new VersionRead(version, now);
        return version;
    }

    private boolean isFresh(long readAt) {
        return System.nanoTime() - readAt < freshnessNanos;
    }

    /**
     * Every record of each series. Series read since the last {@link #catalog()} that saw the same
     * version come from this container's memory: every write raises the version, so a cached series
     * is never older than the catalog read that starts each fact check.
     */
    @Override
    public Map<SeriesKey, List<Fact>> series(Set<SeriesKey> keys) {
        Snapshot current = snapshot;
        Map<SeriesKey, List<Fact>> result = new LinkedHashMap<>();
        List<SeriesKey> missing = new ArrayList<>();
        for (SeriesKey key : keys) {
            List<Fact> cached = current == null ? null : current.series().get(key);
            if (cached != null) {
                result.put(key, cached);
            } else {
                missing.add(key);
            }
        }
        Map<SeriesKey, List<Fact>> read = read(missing);
        if (current != null && current.series().size() + read.size() <= MAX_CACHED_SERIES) {
            current.series().putAll(read);
        }
        result.putAll(read);
        return result;
    }

    private Map<SeriesKey, List<Fact>> read(List<SeriesKey> keys) {
        Map<SeriesKey, List<Fact>> result = new LinkedHashMap<>();
        if (keys.size() <= 1) {
            for (SeriesKey key : keys) {
                result.put(key, seriesOf(key));
            }
            return result;
        }
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(SeriesReaders.FACTORY)) {
            Map<SeriesKey, Future<List<Fact>>> pending = new LinkedHashMap<>();
            for (SeriesKey key : keys) {
                pending.put(key, executor.submit(() -> seriesOf(key)));
            }
            for (Map.Entry<SeriesKey, Future<List<Fact>>> entry : pending.entrySet()) {
                result.put(entry.getKey(), entry.getValue().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading reference series", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        return result;
    }

    /**
     * The records of an entity for the facts API, ordered by metric, object and period: all of them,
     * those of one metric (every object), or one series when {@code object} is given too.
     */
    public List<Fact> list(String entity, String metric, String object) {
        String prefix = metric == null ? null : object == null ? metric + SEPARATOR : seriesPrefix(metric, object);
        return query(entity, prefix);
    }

    private List<Fact> seriesOf(SeriesKey key) {
        return query(key.entity(), seriesPrefix(key.metric(), key.object()));
    }

    private List<Fact> query(String entity, String sortKeyPrefix) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", PK));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(seriesPartition(entity))));
        String condition = "#pk = :pk";
        if (sortKeyPrefix != null) {
            condition += " AND begins_with(#sk, :prefix)";
            names.put("#sk", SK);
            values.put(":prefix", s(sortKeyPrefix));
        }
        List<Fact> facts = new ArrayList<>();
        for (Map<String, AttributeValue> item : query(QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression(condition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build())) {
            facts.add(FactItems.fact(item));
        }
        return List.copyOf(facts);
    }

    /** Writes the catalog entries and records, then raises the version. Idempotent. */
    public WriteCounts upsert(List<Entity> entities, List<Metric> metrics, List<Fact> facts) {
        List<WriteRequest> writes = new ArrayList<>();
        entities.forEach(entity -> writes.add(put(FactItems.entityItem(entity))));
        metrics.forEach(metric -> writes.add(put(FactItems.metricItem(metric))));
        facts.forEach(fact -> writes.add(put(FactItems.factItem(fact))));
        if (!writes.isEmpty()) {
            if (batchWriter == null) {
                batchWriter = BatchWriter.withDefaults(dynamoDb);
            }
            batchWriter.write(table, writes);
            raiseVersion();
        }
        return new WriteCounts(entities.size(), metrics.size(), facts.size());
    }

    /** Deletes a record by id; false when there is none. */
    public boolean delete(String id) {
        List<Map<String, AttributeValue>> keys = dynamoDb.query(r -> r.tableName(table).indexName(BY_ID_INDEX)
                .keyConditionExpression("#id = :id")
                .expressionAttributeNames(Map.of("#id", FACT_ID))
                .expressionAttributeValues(Map.of(":id", s(id)))).items();
        if (keys.isEmpty()) {
            return false;
        }
        for (Map<String, AttributeValue> key : keys) {
            dynamoDb.deleteItem(r -> r.tableName(table).key(Map.of(PK, key.get(PK), SK, key.get(SK))));
        }
        raiseVersion();
        return true;
    }

    private void raiseVersion() {
        snapshot = null;
        versionRead = null;
        dynamoDb.updateItem(r -> r.tableName(table)
                .key(Map.of(PK, s(CATALOG_PK), SK, s(VERSION_SK)))
                .updateExpression("ADD #version :one SET #format = :format")
                .expressionAttributeNames(Map.of("#version", VERSION, "#format", FormatVersion.ATTRIBUTE))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"),
                        ":format", AttributeValue.fromN(Integer.toString(FactItems.FORMAT_VERSION)))));
    }

    /**
     * Every page of a Query. Paged by hand rather than with the SDK's paginator, whose iterables
     * and fetchers (a dozen classes and lambdas) a cold start would load for what is nearly always
     * one page.
     */
    private List<Map<String, AttributeValue>> query(QueryRequest request) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        QueryRequest page = request;
        while (true) {
            QueryResponse response = dynamoDb.query(page);
            items.addAll(response.items());
            if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
                return items;
            }
            page = page.toBuilder().exclusiveStartKey(response.lastEvaluatedKey()).build();
        }
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }

    /** A version read alone and when. */
    private record VersionRead(String version, long readAt) {
    }

    /** The catalog of one version of the reference data and the series read under it. */
    private record Snapshot(VersionedCatalog catalog, Map<SeriesKey, List<Fact>> series, long readAt) {
    }

    /** How many catalog entries and records one upload wrote. */
    public record WriteCounts(int entities, int metrics, int facts) {
    }
}
