package dev.factcheck.sam;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Creates the tables template.yaml declares on any DynamoDB endpoint (dynalite, LocalStack, AWS),
 * keeping tables that already exist. Time-to-live is switched on where the backend supports it;
 * dynalite does not, and that is not an error.
 */
public final class TableProvisioner {

    private static final Duration ACTIVE_TIMEOUT = Duration.ofSeconds(30);

    private final DynamoDbClient dynamoDb;

    public TableProvisioner(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /**
     * Creates every table of {@code template}, named by {@code physicalName}, and returns the names
     * by logical id.
     */
    public Map<String, String> createAll(SamTemplate template, Function<String, String> physicalName) {
        Map<String, String> names = new LinkedHashMap<>();
        for (TableSpec table : template.tables().values()) {
            String name = physicalName.apply(table.logicalId());
            create(table, name);
            names.put(table.logicalId(), name);
        }
        for (String name : names.values()) {
            awaitActive(name);
        }
        return names;
    }

    public void create(TableSpec table, String name) {
        List<AttributeDefinition> attributes = new ArrayList<>();
        table.attributeTypes().forEach((attribute, type) -> attributes.add(
                AttributeDefinition.builder().attributeName(attribute).attributeType(type).build()));
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributes)
                .keySchema(keys(table.keySchema()));
        if (!table.globalIndexes().isEmpty()) {
            request.globalSecondaryIndexes(table.globalIndexes().stream()
                    .map(index -> GlobalSecondaryIndex.builder()
                            .indexName(index.name())
                            .keySchema(keys(index.keySchema()))
                            .projection(projection(index))
                            .build())
                    .toList());
        }
        try {
            dynamoDb.createTable(request.build());
        } catch (ResourceInUseException alreadyThere) {
            return;
        }
        if (table.ttlAttribute() != null) {
            enableTimeToLive(name, table.ttlAttribute());
        }
    }

    private void enableTimeToLive(String name, String attribute) {
        try {
            awaitActive(name);
            dynamoDb.updateTimeToLive(r -> r.tableName(name)
                    .timeToLiveSpecification(s -> s.attributeName(attribute).enabled(true)));
        } catch (DynamoDbException unsupported) {
            // dynalite has no UpdateTimeToLive; items then simply stay until deleted.
        }
    }

    private void awaitActive(String name) {
        long deadline = System.nanoTime() + ACTIVE_TIMEOUT.toNanos();
        while (dynamoDb.describeTable(r -> r.tableName(name)).table().tableStatus() != TableStatus.ACTIVE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("table " + name + " did not become ACTIVE within " + ACTIVE_TIMEOUT);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for table " + name, e);
            }
        }
    }

    private static Projection projection(TableSpec.Index index) {
        Projection.Builder projection = Projection.builder().projectionType(ProjectionType.fromValue(index.projection()));
        if (!index.nonKeyAttributes().isEmpty()) {
            projection.nonKeyAttributes(index.nonKeyAttributes());
        }
        return projection.build();
    }

    private static List<KeySchemaElement> keys(TableSpec.KeySchema schema) {
        List<KeySchemaElement> keys = new ArrayList<>();
        keys.add(KeySchemaElement.builder().attributeName(schema.hashKey()).keyType(KeyType.HASH).build());
        if (schema.rangeKey() != null) {
            keys.add(KeySchemaElement.builder().attributeName(schema.rangeKey()).keyType(KeyType.RANGE).build());
        }
        return keys;
    }
}
