package dev.factcheck.sam;

/**
 * An {@code SQS} event of a function: Lambda polls {@code queue} and invokes the function with batches.
 *
 * @param queue                      the logical id of the queue ({@code Queue: !GetAtt X.Arn})
 * @param batchSize                  most messages per invocation (SAM's default: 10)
 * @param reportsBatchItemFailures   {@code FunctionResponseTypes: [ReportBatchItemFailures]}
 * @param maximumConcurrency         {@code ScalingConfig.MaximumConcurrency}, a literal or a {@code {"Ref":…}}
 *                                   to a parameter; null when unset
 */
public record SqsEventSource(String eventName, String queue, int batchSize, boolean reportsBatchItemFailures,
                             String maximumConcurrency) {
}
