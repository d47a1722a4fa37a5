package dev.factcheck.api;

import dev.factcheck.api.http.AdminGuard;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.check.FactChecker;
import dev.factcheck.store.articles.ArticleStore;
import dev.factcheck.store.articles.ArticlesSchema;
import java.time.Clock;
import dev.factcheck.claims.ExtractionSettings;
import dev.factcheck.store.DynamoDbClients;
import dev.factcheck.store.Settings;
import dev.factcheck.store.facts.FactStore;
import dev.factcheck.store.facts.FactsSchema;
import dev.factcheck.verify.VerificationSettings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds what the API functions share, once per container: the DynamoDB client and the stores over
 * the tables template.yaml names. A missing setting fails the first invocation with its name.
 */
final class Wiring {

    private static volatile DynamoDbClient dynamoDb;

    private Wiring() {
    }

    static DynamoDbClient dynamoDb() {
        DynamoDbClient client = dynamoDb;
        if (client == null) {
            synchronized (Wiring.class) {
                if (dynamoDb == null) {
                    dynamoDb = DynamoDbClients.standard();
                }
                client = dynamoDb;
            }
        }
        return client;
    }

    static FactStore factStore() {
        return new FactStore(dynamoDb(), Settings.required(FactsSchema.TABLE_NAME_SETTING));
    }

    static ArticleStore articleStore() {
        String table = Settings.required(ArticlesSchema.TABLE_NAME_SETTING);
        // Cursors are signed so a changed one is refused; CURSOR_SECRET overrides the per-table default.
        return new ArticleStore(dynamoDb(), table, Settings.optional("CURSOR_SECRET").orElse("factcheck-cursor:" + table));
    }

    static ArticleService articleService() {
        return new ArticleService(factChecker(factStore()), articleStore(), Clock.systemUTC());
    }

    static AdminGuard adminGuard() {
        return new AdminGuard(Boolean.parseBoolean(Settings.optional("REQUIRE_IAM").orElse("false")));
    }

    static FactChecker factChecker(FactStore facts) {
        return new FactChecker(facts, ExtractionSettings.DEFAULTS, VerificationSettings.DEFAULTS);
    }
}
