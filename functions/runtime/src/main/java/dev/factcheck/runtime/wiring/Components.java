package dev.factcheck.runtime.wiring;

import dev.factcheck.articles.ArticleService;
import dev.factcheck.check.FactChecker;
import dev.factcheck.claims.ExtractionSettings;
import dev.factcheck.runtime.config.Config;
import dev.factcheck.runtime.http.AdminGuard;
import dev.factcheck.store.articles.ArticleStore;
import dev.factcheck.store.facts.FactStore;
import dev.factcheck.store.feeds.EntryLedger;
import dev.factcheck.store.feeds.FeedRegistry;
import dev.factcheck.verify.VerificationSettings;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds what functions share: the DynamoDB client once per container, and the stores and services over
 * the tables template.yaml names, from the {@link Config} of the moment. Handlers' no-arg constructors
 * call this; tests build the same objects themselves. A missing setting fails the handler's construction
 * with its name.
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
     * Read at each handler construction rather than once per JVM: the local runner hosts several
     * functions in one JVM, and tests set settings as system properties before building a handler.
     */
    public static Config config() {
        return Config.fromEnvironment();
    }

    /**
     * The reference facts, cached per container for {@code FACTS_CACHE_SECONDS} (default 5): a warm
     * fact check then needs no DynamoDB request at all, and a change made through another container
     * shows within that bound.
     */
    public static FactStore factStore() {
        Config config = config();
        return new FactStore(dynamoDb(), config.factsTable(), config.factsCacheFor());
    }

    public static ArticleStore articleStore() {
        Config config = config();
        String table = config.articlesTable();
        // Cursors are signed so a changed one is refused. Deployed, the key is the stack's generated secret
        // (CURSOR_SECRET_ARN), read on the first listing; CURSOR_SECRET or a per-table key serve elsewhere.
        return new ArticleStore(dynamoDb(), table, () -> {
            if (config.cursorSecretArn() != null) {
                return cursorSecret(config.cursorSecretArn());
            }
            return config.cursorSecret() == null ? "factcheck-cursor:" + table : config.cursorSecret();
        });
    }

    private static volatile String cursorSecret;

    /** The cursor secret, read from Secrets Manager once per container. */
    private static String cursorSecret(String arn) {
        String secret = cursorSecret;
        if (secret == null) {
            synchronized (Components.class) {
                if (cursorSecret == null) {
                    cursorSecret = Secrets.read(arn);
                }
                secret = cursorSecret;
            }
        }
        return secret;
    }

    public static FeedRegistry feedRegistry() {
        return new FeedRegistry(dynamoDb(), config().feedsTable());
    }

    public static EntryLedger entryLedger() {
        return new EntryLedger(dynamoDb(), config().feedsTable());
    }

    public static FactChecker factChecker() {
        return new FactChecker(factStore(), ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS);
    }

    public static ArticleService articleService() {
        return new ArticleService(factChecker(), articleStore(), Clock.systemUTC());
    }

    /** The admin check of a function's admin routes: {@code REQUIRE_IAM=true} refuses events without an IAM caller. */
    public static AdminGuard adminGuard() {
        return new AdminGuard(config().requireIam());
    }
}
