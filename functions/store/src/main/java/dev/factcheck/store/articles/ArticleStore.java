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
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Articles with their checked claims in DynamoDB. An article is created once, by a conditional
 * write on its derived id, so concurrent identical posts store exactly one; its text is stored
 * whole, compressed, and split over several items when it would not fit in one.
 *
 * <p>Longer than 300 lines on purpose: the order of writes (blob parts first under a fresh tag, the
 * article item last and conditionally, then the clean-up of earlier attempts' parts) is what makes a
 * crashed or faulted write leave no orphan and no half article, and it must be read in one place.
 * Splitting the parts' handling out would put half of that ordering argument in another file.
 */
public final class ArticleStore implements ArticleRepository {

    /** Blobs up to this size stay inside the article item; both together stay well under 400 KB. */
    static final int INLINE_LIMIT = 150_000;
    /** Size of one part of a larger blob. */
    static final int PART_SIZE = 350_000;

    private static final SecureRandom RANDOM = new SecureRandom();

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

    /**
     * Stores the article unless one with its id exists; true when this call created it. Blob parts are
     * written first, under a tag of this call's own, and the article's item last, by a conditional
     * write: a reader never sees an article without its parts. When the item is not written (another
     * writer's is there, or DynamoDB failed past the retries) this call's parts are deleted again, so a
     * failed ingest leaves nothing behind; when an attempt whose answer was lost did write it (the
     * retry then finds it there), the call counts as the one that created it.
     */
    @Override
    public boolean createIfAbsent(CheckedArticle checked) {
        Article article = checked.article();
        Map<String, AttributeValue> item = new HashMap<>(headKey(article.id()));
        item.putAll(ArticleItems.head(article));
        List<Map<String, AttributeValue>> parts = new ArrayList<>();
        String writeTag = writeTag();
        try {
            putBlob(item, article.id(), TEXT, ArticleItems.text(article), writeTag, parts);
            putChecks(item, checked, writeTag, parts);
        } catch (RuntimeException failure) {
            throw deletingParts(parts, failure);
        }
        boolean created = writeLast(article.id(), item, parts, () -> dynamoDb.putItem(r -> r.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", PK))));
        if (created && !parts.isEmpty()) {
            deleteEarlierAttempts(article.id(), item);
        }
        return created;
    }

    /**
     * Deletes the text parts of earlier attempts to store this article that could not clean up after
     * themselves (DynamoDB was unreachable when they failed): parts of the same text under another
     * write's tag. Best effort: when this fails too, what stays is unreferenced, never read.
     */
    private void deleteEarlierAttempts(String id, Map<String, AttributeValue> item) {
        AttributeValue textReference = item.get(TEXT + REF_SUFFIX);
        if (textReference == null) {
            return;
        }
        String tag = textReference.s().substring(0, textReference.s().indexOf(':'));
        String sameText = BLOB_PREFIX + tag.substring(0, tag.indexOf('.') + 1);
        try {
            List<Map<String, AttributeValue>> earlier = new ArrayList<>();
            dynamoDb.queryPaginator(r -> r.tableName(table).consistentRead(true)
                    .keyConditionExpression("#pk = :pk AND begins_with(#sk, :sameText)")
                    .projectionExpression("#pk, #sk")
                    .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                    .expressionAttributeValues(Map.of(":pk", s(ARTICLE_PREFIX + id), ":sameText", s(sameText))))
                    .items().forEach(part -> {
                        if (!part.get(SK).s().startsWith(BLOB_PREFIX + tag + "#")) {
                            earlier.add(part);
                        }
                    });
            deleteParts(earlier);
        } catch (RuntimeException stillUnreachable) {
            // The article is stored whole; the leftovers are unreferenced and cost only their storage.
        }
    }

    /**
     * Runs {@code write}, the conditional write of the article's item that refers to {@code parts}
     * (written before it); true when the item is stored as {@code item} says. Unless it is, the parts are
     * deleted, so they never outlive a write that failed or was refused; but when an attempt's answer was
     * lost and whether it wrote the item cannot be read either, they stay, as it may have.
     */
    private boolean writeLast(String id, Map<String, AttributeValue> item, List<Map<String, AttributeValue>> parts, Runnable write) {
        try {
            write.run();
            return true;
        } catch (ConditionalCheckFailedException refused) {
            // A retry after an attempt whose answer was lost is refused by that attempt's own write.
            if (!parts.isEmpty() && storedWith(id, item)) {
                return true;
            }
            deleteParts(parts);
            return false;
        } catch (RuntimeException failure) {
            try {
                if (!parts.isEmpty() && storedWith(id, item)) {
                    return true;
                }
            } catch (RuntimeException unknown) {
                failure.addSuppressed(unknown);
                throw failure;
            }
            throw deletingParts(parts, failure);
        }
    }

    /** Whether the stored article item refers to the same blob parts as {@code item} (only this call writes under its tag). */
    private boolean storedWith(String id, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> stored = dynamoDb.getItem(r -> r.tableName(table).key(headKey(id)).consistentRead(true)).item();
        if (stored == null || stored.isEmpty()) {
            return false;
        }
        for (String reference : List.of(TEXT + REF_SUFFIX, CHECKS + REF_SUFFIX)) {
            if (item.containsKey(reference)) {
                return item.get(reference).equals(stored.get(reference));
            }
        }
        return false;
    }

    /** {@code failure}, after deleting {@code parts} (best effort: a failed delete is added to it). */
    private RuntimeException deletingParts(List<Map<String, AttributeValue>> parts, RuntimeException failure) {
        try {
            deleteParts(parts);
        } catch (RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
        }
        return failure;
    }

    private void deleteParts(List<Map<String, AttributeValue>> parts) {
        if (!parts.isEmpty()) {
            batchWriter.write(table, parts.stream().map(key ->
                    WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build()).toList());
        }
    }

    /** A tag no other write uses, so that deleting one write's parts never touches another's. */
    private static String writeTag() {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
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
        List<Map<String, AttributeValue>> parts = new ArrayList<>();
        try {
            putChecks(values, checked, writeTag(), parts);
        } catch (RuntimeException failure) {
            throw deletingParts(parts, failure);
        }
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
        // The replaced item's attributes come back with the write, so the parts of the checks it replaced
        // are known without another read (a retry after a lost answer does not learn them; those stay).
        List<Map<String, AttributeValue>> replaced = new ArrayList<>(1);
        boolean written = writeLast(id, values, parts, () -> replaced.add(dynamoDb.updateItem(r -> r.tableName(table).key(headKey(id))
                .updateExpression("SET " + String.join(", ", sets) + " REMOVE #other")
                .conditionExpression("attribute_exists(#pk) AND (attribute_not_exists(#" + FACTS_VERSION + ")"
                        + " OR size(#" + FACTS_VERSION + ") < :newLength"
                        + " OR (size(#" + FACTS_VERSION + ") = :newLength AND #" + FACTS_VERSION + " < :" + FACTS_VERSION + "))")
                .expressionAttributeNames(names)
                .expressionAttributeValues(expressionValues)
                .returnValues(ReturnValue.UPDATED_OLD)).attributes()));
        if (written && !replaced.isEmpty()) {
            deleteReplacedChecks(id, replaced.getFirst().get(CHECKS + REF_SUFFIX));
        }
        return written;
    }

    /**
     * Deletes the parts of the checks that a replacement took the place of: no item refers to them any
     * more, and their tag is never written again. Best effort: when the delete fails, what stays is
     * unreferenced, never read (a reader that raced the replacement re-reads the item, see {@link #get}).
     */
    private void deleteReplacedChecks(String id, AttributeValue replacedReference) {
        if (replacedReference == null) {
            return;
        }
        String[] reference = replacedReference.s().split(":");
        List<Map<String, AttributeValue>> replacedParts = new ArrayList<>();
        for (int index = 0; index < Integer.parseInt(reference[1]); index++) {
            replacedParts.add(Map.of(PK, s(ARTICLE_PREFIX + id), SK, s(partKey(reference[0], index))));
        }
        try {
            deleteParts(replacedParts);
        } catch (RuntimeException unreachable) {
            // The new checks are stored whole; the old parts cost only their storage.
        }
    }

    /**
     * The stored article, or empty. Reading takes the item, then its parts; when a re-verification
     * replaced the checks (and deleted their parts) between the two, the parts are missing and the
     * item is read once more, which then refers to the new ones.
     */
    @Override
    public Optional<CheckedArticle> get(String id) {
        try {
            return read(id);
        } catch (MissingPartsException replacedMeanwhile) {
            return read(id);
        }
    }

    private Optional<CheckedArticle> read(String id) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(headKey(id)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ArticleItems.article(item, blob(item, id, TEXT), blob(item, id, CHECKS)));
    }

    /** A blob whose item refers to more parts than are stored. */
    private static final class MissingPartsException extends IllegalStateException {
        MissingPartsException(String message) {
            super(message);
        }
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

    private void putChecks(Map<String, AttributeValue> item, CheckedArticle checked, String writeTag,
                           List<Map<String, AttributeValue>> parts) {
        putBlob(item, checked.article().id(), CHECKS, ArticleItems.checks(checked), writeTag, parts);
        item.putAll(ArticleItems.checkFields(checked));
    }

    /**
     * Inline when small; otherwise parts written first, then a reference {@code <sha256>.<writeTag>:<parts>}
     * in the item (older items' references carry no tag: the reader takes whatever precedes the colon as
     * the parts' key prefix). The keys of the parts written are added to {@code written}, also when
     * the write fails half-way.
     */
    private void putBlob(Map<String, AttributeValue> item, String id, String name, byte[] bytes, String writeTag,
                         List<Map<String, AttributeValue>> written) {
        if (bytes.length <= INLINE_LIMIT) {
            item.put(name, AttributeValue.fromB(SdkBytes.fromByteArray(bytes)));
            return;
        }
        String tag = Hashes.sha256Hex(bytes) + "." + writeTag;
        List<WriteRequest> parts = new ArrayList<>();
        for (int offset = 0, index = 0; offset < bytes.length; offset += PART_SIZE, index++) {
            byte[] part = java.util.Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + PART_SIZE));
            Map<String, AttributeValue> key = Map.of(PK, s(ARTICLE_PREFIX + id), SK, s(partKey(tag, index)));
            written.add(key);
            Map<String, AttributeValue> partItem = new HashMap<>(key);
            partItem.put(DATA, AttributeValue.fromB(SdkBytes.fromByteArray(part)));
            partItem.put(FormatVersion.ATTRIBUTE, AttributeValue.fromN(Integer.toString(ArticleItems.FORMAT_VERSION)));
            parts.add(WriteRequest.builder().putRequest(PutRequest.builder().item(partItem).build()).build());
        }
        batchWriter.write(table, parts);
        item.put(name + REF_SUFFIX, s(tag + ":" + parts.size()));
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
            throw new MissingPartsException(name + " of " + id + " has " + parts.size() + " of its " + count + " parts");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        parts.forEach(part -> bytes.writeBytes(part.get(DATA).b().asByteArray()));
        return bytes.toByteArray();
    }

    private static String partKey(String tag, int index) {
        return BLOB_PREFIX + tag + "#" + String.format("%04d", index);
    }

    private static Map<String, AttributeValue> headKey(String id) {
        return Map.of(PK, s(ARTICLE_PREFIX + id), SK, s(HEAD));
    }
}
