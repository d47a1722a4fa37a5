package dev.factcheck.store.articles;

import static dev.factcheck.store.articles.ArticlesSchema.*;
import static dev.factcheck.store.format.Attributes.s;

import dev.factcheck.articles.Article;
import dev.factcheck.articles.ArticleRepository;
import dev.factcheck.articles.CheckedArticle;
import dev.factcheck.ids.Hashes;
import dev.factcheck.store.BatchWriter;
import dev.factcheck.store.format.FormatVersion;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Articles with their checked claims in DynamoDB. An article is created once, by a conditional
 * write on its derived id, so concurrent identical posts store exactly one; its text is stored
 * whole, compressed, and split over several items when it would not fit in one.
 */
public final class ArticleStore implements ArticleRepository {

    /** Blobs up to this size stay inside the article item; both together stay well under 400 KB. */
    static final int INLINE_LIMIT = 150_000;
    /** Size of one part of a larger blob. */
    static final int PART_SIZE = 350_000;

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final BatchWriter batchWriter;
    private final Cursors cursors;

    public ArticleStore(DynamoDbClient dynamoDb, String table, String cursorSecret) {
        this(dynamoDb, table, () -> cursorSecret);
    }

    /**
     * @param cursorSecret the key that signs list cursors, asked for on the first page listed (a
     *                     function that never lists never fetches it)
     */
    public ArticleStore(DynamoDbClient dynamoDb, String table, Supplier<String> cursorSecret) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.batchWriter = BatchWriter.withDefaults(dynamoDb);
        this.cursors = new Cursors(cursorSecret);
    }

    /** Whether an article with this id is stored; one GetItem of the keys only. */
    @Override
    public boolean exists(String id) {
        return dynamoDb.getItem(r -> r.tableName(table).key(headKey(id)).projectionExpression("#pk")
                .expressionAttributeNames(Map.of("#pk", PK))).hasItem();
    }

    /** Stores the article unless one with its id exists; true when this call created it. */
    @Override
    public boolean createIfAbsent(CheckedArticle checked) {
        Article article = checked.article();
        Map<String, AttributeValue> item = new HashMap<>(headKey(article.id()));
        item.putAll(ArticleItems.head(article));
        putBlob(item, article.id(), TEXT, ArticleItems.text(article));
        putChecks(item, checked);
        try {
            dynamoDb.putItem(r -> r.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", PK)));
            return true;
        } catch (ConditionalCheckFailedException alreadyStored) {
            return false;
        }
    }

    /**
     * Replaces the checks of a stored article, provided {@code checked}'s facts version is newer than the
     * stored one; false when the stored checks are as new or newer (another re-verification got there
     * first, or this one read older reference data), so a late writer can never put older verdicts back.
     *
     * <p>Facts versions are the reference data's counter, stored as its decimal string (without leading
     * zeros): for those, "shorter, or as long and lexicographically smaller" is exactly "numerically
     * smaller", which the condition tests on the stored value itself, with no second read.
     */
    @Override
    public boolean replaceChecksIfNewer(CheckedArticle checked) {
        String version = checked.factsVersion();
        if (!version.matches("0|[1-9][0-9]{0,18}")) {
            throw new IllegalArgumentException("facts version is not a counter: " + version);
        }
        Map<String, AttributeValue> values = new HashMap<>();
        putChecks(values, checked);
        String id = checked.article().id();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> expressionValues = new HashMap<>();
        List<String> sets = new ArrayList<>();
        values.forEach((name, value) -> {
            names.put("#" + name, name);
            expressionValues.put(":" + name, value);
            sets.add("#" + name + " = :" + name);
        });
        String other = values.containsKey(CHECKS) ? CHECKS + REF_SUFFIX : CHECKS;
        names.put("#other", other);
        names.put("#pk", PK);
        // #FACTS_VERSION is set from :FACTS_VERSION above: the new version, compared here as well.
        expressionValues.put(":newLength", AttributeValue.fromN(Integer.toString(version.length())));
        try {
            dynamoDb.updateItem(r -> r.tableName(table).key(headKey(id))
                    .updateExpression("SET " + String.join(", ", sets) + " REMOVE #other")
                    .conditionExpression("attribute_exists(#pk) AND (attribute_not_exists(#" + FACTS_VERSION + ")"
                            + " OR size(#" + FACTS_VERSION + ") < :newLength"
                            + " OR (size(#" + FACTS_VERSION + ") = :newLength AND #" + FACTS_VERSION + " < :" + FACTS_VERSION + "))")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(expressionValues));
            return true;
        } catch (ConditionalCheckFailedException asNewOrNewer) {
            return false;
        }
    }

    @Override
    public Optional<CheckedArticle> get(String id) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(headKey(id)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ArticleItems.article(item, blob(item, id, TEXT), blob(item, id, CHECKS)));
    }

    /** A page of articles, newest publication first; {@code cursor} from the previous page or null. */
    public Page list(int limit, String cursor) {
        Map<String, AttributeValue> start = cursor == null ? null : cursors.decode(cursor);
        QueryResponse response = dynamoDb.query(r -> {
            r.tableName(table).indexName(BY_PUBLISHED_INDEX)
                    .keyConditionExpression("#listPk = :articles")
                    .expressionAttributeNames(Map.of("#listPk", LIST_PK))
                    .expressionAttributeValues(Map.of(":articles", s(LIST_PARTITION)))
                    .scanIndexForward(false)
                    .limit(limit);
            if (start != null) {
                r.exclusiveStartKey(start);
            }
        });
        List<ArticleListing> articles = response.items().stream().map(ArticleItems::listing).toList();
        boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
        return new Page(articles, more ? cursors.encode(response.lastEvaluatedKey()) : null);
    }

    /** One page of the list and the cursor of the next, or null at the end. */
    public record Page(List<ArticleListing> articles, String nextCursor) {
    }

    private void putChecks(Map<String, AttributeValue> item, CheckedArticle checked) {
        putBlob(item, checked.article().id(), CHECKS, ArticleItems.checks(checked));
        item.putAll(ArticleItems.checkFields(checked));
    }

    /** Inline when small; otherwise parts written first, then a reference {@code <sha256>:<parts>} in the item. */
    private void putBlob(Map<String, AttributeValue> item, String id, String name, byte[] bytes) {
        if (bytes.length <= INLINE_LIMIT) {
            item.put(name, AttributeValue.fromB(SdkBytes.fromByteArray(bytes)));
            return;
        }
        String hash = Hashes.sha256Hex(bytes);
        List<WriteRequest> parts = new ArrayList<>();
        for (int offset = 0, index = 0; offset < bytes.length; offset += PART_SIZE, index++) {
            byte[] part = java.util.Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + PART_SIZE));
            parts.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of(
                    PK, s(ARTICLE_PREFIX + id), SK, s(partKey(hash, index)),
                    DATA, AttributeValue.fromB(SdkBytes.fromByteArray(part)),
                    FormatVersion.ATTRIBUTE, AttributeValue.fromN(Integer.toString(ArticleItems.FORMAT_VERSION)))).build()).build());
        }
        batchWriter.write(table, parts);
        item.put(name + REF_SUFFIX, s(hash + ":" + parts.size()));
    }

    private byte[] blob(Map<String, AttributeValue> item, String id, String name) {
        AttributeValue inline = item.get(name);
        if (inline != null) {
            return inline.b().asByteArray();
        }
        String[] reference = item.get(name + REF_SUFFIX).s().split(":");
        int count = Integer.parseInt(reference[1]);
        // One Query reads every part, in order: their sort keys share the prefix and end in the part number.
        List<Map<String, AttributeValue>> parts = new ArrayList<>();
        dynamoDb.queryPaginator(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                .expressionAttributeValues(Map.of(":pk", s(ARTICLE_PREFIX + id), ":prefix", s(BLOB_PREFIX + reference[0] + "#"))))
                .items().forEach(parts::add);
        if (parts.size() != count) {
            throw new IllegalStateException(name + " of " + id + " has " + parts.size() + " of its " + count + " parts");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        parts.forEach(part -> bytes.writeBytes(part.get(DATA).b().asByteArray()));
        return bytes.toByteArray();
    }

    private static String partKey(String hash, int index) {
        return BLOB_PREFIX + hash + "#" + String.format("%04d", index);
    }

    private static Map<String, AttributeValue> headKey(String id) {
        return Map.of(PK, s(ARTICLE_PREFIX + id), SK, s(HEAD));
    }
}
