package dev.factcheck.api;

import static dev.factcheck.api.FunctionsUnderFaults.UPLOADED_FACTS;
import static dev.factcheck.api.FunctionsUnderFaults.assertUnavailable;
import static dev.factcheck.api.FunctionsUnderFaults.longArticle;
import static dev.factcheck.api.FunctionsUnderFaults.manyFacts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.testing.DynamoDbExtension;
import dev.factcheck.testing.FaultProxy;
import dev.factcheck.testing.FaultProxy.Fault;
import dev.factcheck.testing.LambdaInvoker.HttpResult;
import dev.factcheck.testing.TestDynamoDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DynamoDB throttles, fails, answers too late and drops connections ({@link FaultProxy} between the
 * functions' own clients and the server): nothing is half-written and no answer is partial. A write
 * either succeeds whole or fails with a 503 that a repeat of the same request completes; a read either
 * answers whole or answers 503 with Retry-After. {@link DynaliteRestartTest}: the same when the server dies.
 */
@ExtendWith(DynamoDbExtension.class)
class DynamoDbFaultsTest {

    private final TestDynamoDb dynamoDb;
    private FunctionsUnderFaults functions;
    private FaultProxy faults;

    DynamoDbFaultsTest(TestDynamoDb dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    @BeforeEach
    void tablesBehindAFaultProxy() {
        functions = new FunctionsUnderFaults(dynamoDb);
        faults = functions.faults;
    }

    @AfterEach
    void closeProxy() {
        functions.close();
    }

    // --- fact upload: all or nothing ---

    @Test
    void factUpload_withTransientFaults_answers200_withEverythingWrittenOnce() {
        // Batch 2 throttled twice; batches 3 and 4 fail once each; the version raise throttled once.
        faults.inject("BatchWriteItem", 1, Fault.THROTTLED, 2)
                .inject("BatchWriteItem", 1, Fault.SERVER_ERROR, 1)
                .inject("BatchWriteItem", 1, Fault.RESET, 1)
                .inject("UpdateItem", Fault.THROTTLING_EXCEPTION, 1);

        HttpResult result = functions.uploadFacts(manyFacts());

        assertThat(faults.injected()).as(faults.seen().toString()).hasSize(5);
        assertThat(result.status()).as(result.rawBody()).isEqualTo(200);
        assertThat(result.body().path("written").path("facts").asInt()).isEqualTo(UPLOADED_FACTS);
        functions.assertManyFactsStoredOnce();
    }

    @Test
    void factUpload_failingPastTheRetries_answers503_andTheSameRequestAgainCompletesIt_withoutDuplicates() {
        faults.inject("BatchWriteItem", 2, Fault.THROTTLED, 4);

        HttpResult failed = functions.uploadFacts(manyFacts());
        int halfWritten = functions.storedFacts().size();
        HttpResult repeated = functions.uploadFacts(manyFacts());

        assertUnavailable(failed);
        assertThat(halfWritten).as("the first two batches went through").isEqualTo(50);
        assertThat(repeated.status()).isEqualTo(200);
        functions.assertManyFactsStoredOnce();
    }

    // --- article ingest: stored once or not at all ---

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"THROTTLED", "SERVER_ERROR", "RESET"})
    void ingest_whoseArticleItemCannotBeWritten_answers503_leavesNoPartBehind_andARepeatStoresItOnce(Fault fault) {
        ObjectNode article = longArticle();
        faults.inject("PutItem", fault, 4);

        HttpResult failed = functions.ingest(article);
        int afterFailure = functions.storedArticleItems().size();
        HttpResult repeated = functions.ingest(article);

        assertUnavailable(failed);
        assertThat(afterFailure).as("no orphaned text part").isZero();
        assertThat(repeated.status()).isEqualTo(201);
        functions.assertStoredOnce(article, repeated.body().path("id").asText());
    }

    @Test
    void ingest_whosePartsCannotBeWritten_answers503_leavesNoPartBehind() {
        faults.inject("BatchWriteItem", Fault.THROTTLING_EXCEPTION, 4);

        HttpResult failed = functions.ingest(longArticle());

        assertUnavailable(failed);
        assertThat(functions.storedArticleItems()).isEmpty();
    }

    @Test
    void ingest_whoseArticleItemWasWrittenButItsAnswerLost_isStoredOnce_andAnswers201() {
        ObjectNode article = longArticle();
        faults.inject("PutItem", Fault.ANSWER_AFTER_TIMEOUT, 1);

        HttpResult result = functions.ingest(article);

        assertThat(faults.injected()).containsExactly("PutItem:ANSWER_AFTER_TIMEOUT");
        assertThat(result.status()).isEqualTo(201);
        functions.assertStoredOnce(article, result.body().path("id").asText());
    }

    // --- summary read: whole, or 503 with Retry-After ---

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"THROTTLED", "THROTTLING_EXCEPTION", "SERVER_ERROR", "RESET"})
    void summary_whileDynamoDbFailsEveryCall_answers503WithRetryAfter_neverAPartialAnswer(Fault fault) {
        ObjectNode request = functions.seededSummaryRequest();
        faults.inject(null, fault, Integer.MAX_VALUE);

        assertUnavailable(functions.summary(request));
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"THROTTLED", "SERVER_ERROR", "RESET", "ANSWER_AFTER_TIMEOUT"})
    void summary_withFaultsTheRetriesOvercome_answersTheSameWholeSummary(Fault fault) {
        ObjectNode request = functions.seededSummaryRequest();
        HttpResult healthy = functions.summary(request);
        // One fault in each of the summary's reads: the article, then the facts' version.
        faults.inject("GetItem", fault, 1).inject("GetItem", 1, fault, 1);

        HttpResult result = functions.summary(request);

        assertThat(faults.injected()).hasSize(2);
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).isEqualTo(healthy.body());
    }
}
