package dev.factcheck.sam;

/**
 * An {@code AWS::SQS::Queue} of the template.
 *
 * @param visibilityTimeoutSeconds how long a received message stays hidden (SQS's default: 30)
 * @param retentionSeconds         how long an unreceived message is kept (SQS's default: 4 days)
 * @param deadLetterQueue          the logical id of the queue its {@code RedrivePolicy} names, or null
 * @param maxReceiveCount          receives after which SQS moves a message to {@code deadLetterQueue}
 */
public record QueueSpec(String logicalId, int visibilityTimeoutSeconds, int retentionSeconds, String deadLetterQueue,
                        int maxReceiveCount) {
}
