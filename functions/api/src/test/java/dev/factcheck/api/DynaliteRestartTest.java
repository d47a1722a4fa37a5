package dev.factcheck.api;

import static dev.factcheck.api.FunctionsUnderFaults.assertUnavailable;
import static dev.factcheck.api.FunctionsUnderFaults.longArticle;
import static dev.factcheck.api.FunctionsUnderFaults.manyFacts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.testing.LambdaInvoker.HttpResult;
import dev.factcheck.testing.TestDynamoDb;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dynalite killed mid-request (SIGKILL, as a crash) and started again on its data: the guarantees of
 * {@link DynamoDbFaultsTest} hold. This class runs a dynalite of its own, on disk, so that a restart
 * keeps the tables and the other test classes' server is not touched.
 */
class DynaliteRestartTest {

    @TempDir
    static Path data;
    private static TestDynamoDb dynamoDb;

    private FunctionsUnderFaults functions;

    @BeforeAll
    static void startOnDisk() {
        dynamoDb = TestDynamoDb.onDisk(data);
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
    }

    @BeforeEach
    void freshTables() {
        functions = new FunctionsUnderFaults(dynamoDb);
    }

    @AfterEach
    void closeProxy() {
        functions.close();
    }

    @Test
    void factUpload_cutShortByACrash_answers503_keepsWhatWasWritten_andARepeatAfterTheRestartCompletesIt() {
        functions.faults.before("BatchWriteItem", 2, dynamoDb::killServer);

        HttpResult failed = functions.uploadFacts(manyFacts());
        dynamoDb.restartServer();
        int survived = functions.storedFacts().size();
        HttpResult repeated = functions.uploadFacts(manyFacts());

        assertUnavailable(failed);
        assertThat(survived).as("the two batches written before the crash").isEqualTo(50);
        assertThat(repeated.status()).isEqualTo(200);
        functions.assertManyFactsStoredOnce();
    }

    @Test
    void ingest_cutShortByACrashBeforeItsArticleItem_answers503_andARepeatAfterTheRestartStoresItOnce_withoutTheOldParts() {
        ObjectNode article = longArticle();
        functions.faults.before("PutItem", 0, dynamoDb::killServer);

        HttpResult failed = functions.ingest(article);
        dynamoDb.restartServer();
        int leftByTheCrash = functions.storedArticleItems().size();
        HttpResult repeated = functions.ingest(article);

        assertUnavailable(failed);
        assertThat(leftByTheCrash).as("the text parts written before the crash, which nothing could delete then").isPositive();
        assertThat(repeated.status()).isEqualTo(201);
        functions.assertStoredOnce(article, repeated.body().path("id").asText());
    }

    @Test
    void summary_whileTheServerIsDown_answers503WithRetryAfter_andTheSameSummaryAfterTheRestart() {
        ObjectNode request = functions.seededSummaryRequest();
        HttpResult healthy = functions.summary(request);

        dynamoDb.killServer();
        HttpResult down = functions.summary(request);
        dynamoDb.restartServer();
        HttpResult restarted = functions.summary(request);

        assertUnavailable(down);
        assertThat(restarted.status()).isEqualTo(200);
        assertThat(restarted.body()).isEqualTo(healthy.body());
    }
}
