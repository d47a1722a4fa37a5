package dev.factcheck.runtime.wiring;

import dev.factcheck.articles.ArticleService;
import dev.factcheck.check.FactChecker;
import dev.factcheck.claims.ExtractionSettings;
import dev.factcheck.runtime.config.Settings;
import dev.factcheck.store.BatchWriter;
import dev.factcheck.store.articles.ArticleStore;
import dev.factcheck.store.articles.ArticlesSchema;
import dev.factcheck.store.facts.FactStore;
import dev.factcheck.store.feeds.EntryLedger;
import dev.factcheck.store.feeds.FeedRegistry;
import dev.factcheck.store.feeds.FeedsSchema;
import dev.factcheck.store.facts.FactsSchema;
import dev.factcheck.verify.VerificationSettings;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds what functions share, once per container: the DynamoDB client, and the stores and services
 * over the tables template.yaml names. Handlers' no-arg constructors call this; tests build the same
 * objects themselves. A missing setting fails the first invocation with its name.
 */
public final class Components {

    private static volatile DynamoDbClient dynamoDb;

    private Components() {
    }

    public static DynamoDbClient dynamoDb() {
        DynamoDbClient client = dynamoDb;
        if (client == null) {
            synchronized (Components.class) {
                if (dynamoDb == null) {
                    dynamoDb = DynamoDbClients.standard();
                }
                client = dynamoDb;
            }
        }
        return client;
    }

    /**
     * The reference facts, cached per container for {@code FACTS_CACHE_SECONDS} (default 5): a warm
     * fact check then needs no DynamoDB request at all, and a change made through another container
     * shows within that bound.
     */
    public static FactStore factStore() {
        DynamoDbClient client = dynamoDb();
        return new FactStore(client, Settings.required(FactsSchema.TABLE_NAME_SETTING), BatchWriter.withDefaults(client),
                Duration.ofSeconds(Long.parseLong(Settings.optional("FACTS_CACHE_SECONDS").orElse("5"))));
    }

    public static ArticleStore articleStore() {
        String table = Settings.required(ArticlesSchema.TABLE_NAME_SETTING);
        // Cursors are signed so a changed one is refused; CURSOR_SECRET overrides the per-table default.
        return new ArticleStore(dynamoDb(), table, Settings.optional("CURSOR_SECRET").orElse("factcheck-cursor:" + table));
    }

    public static FeedRegistry feedRegistry() {
        return new FeedRegistry(dynamoDb(), Settings.required(FeedsSchema.TABLE_NAME_SETTING));
    }

    public static EntryLedger entryLedger() {
        return new EntryLedger(dynamoDb(), Settings.required(FeedsSchema.TABLE_NAME_SETTING));
    }

    public static FactChecker factChecker() {
        return new FactChecker(factStore(), ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS);
    }

    public static ArticleService articleService() {
        return new ArticleService(factChecker(), articleStore(), Clock.systemUTC());
    }

    /** {@code REQUIRE_IAM=true}: write routes refuse events that carry no IAM caller. */
    public static boolean requireIam() {
        return Boolean.parseBoolean(Settings.optional("REQUIRE_IAM").orElse("false"));
    }
}
