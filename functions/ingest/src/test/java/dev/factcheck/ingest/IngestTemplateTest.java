package dev.factcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.sam.FunctionSpec;
import dev.factcheck.sam.QueueSpec;
import dev.factcheck.sam.SamTemplate;
import dev.factcheck.sam.SqsEventSource;
import org.junit.jupiter.api.Test;

/** The rules AWS gives for an SQS event source, checked on template.yaml, where a deployment would find them too late. */
class IngestTemplateTest {

    private final SamTemplate template = SamTemplate.ofProject();
    private final FunctionSpec worker = template.function("FeedWorkerFunction");
    private final SqsEventSource source = worker.queueEvents().getFirst();
    private final QueueSpec queue = template.queue(source.queue());

    @Test
    void queueVisibilityTimeout_isAtLeastSixTimesTheWorkersTimeout() {
        assertThat(queue.visibilityTimeoutSeconds()).isGreaterThanOrEqualTo(6 * worker.timeoutSeconds());
    }

    @Test
    void worker_reportsBatchItemFailures_withABoundedBatchAndConcurrency() {
        assertThat(source.reportsBatchItemFailures()).isTrue();
        assertThat(source.batchSize()).isBetween(1, 10);
        assertThat(source.maximumConcurrency()).as("a parameter, so operators can change it").contains("FeedWorkerConcurrency");
    }

    @Test
    void feedQueue_redrivesToADeadLetterQueue_thatKeepsMessagesLonger() {
        assertThat(queue.deadLetterQueue()).isNotNull();
        assertThat(queue.maxReceiveCount()).isBetween(2, 10);
        QueueSpec deadLetters = template.queue(queue.deadLetterQueue());
        assertThat(deadLetters.deadLetterQueue()).isNull();
        // SQS keeps a moved message's original enqueue time: a shorter retention would drop it early.
        assertThat(deadLetters.retentionSeconds()).isGreaterThan(queue.retentionSeconds());
    }

    @Test
    void dispatcher_isTheOnlyScheduledFunction_andGetsTheQueueUrl() {
        assertThat(template.functions().values().stream().filter(f -> !f.schedules().isEmpty()).map(FunctionSpec::logicalId))
                .containsExactly("FeedDispatchFunction");
        assertThat(template.function("FeedDispatchFunction").environment())
                .containsEntry(FeedDispatchHandler.QUEUE_URL_SETTING, new dev.factcheck.sam.EnvironmentValue.Reference("FeedQueue"));
    }
}
