package dev.factcheck.sam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates the template's SQS queues on any SQS endpoint (ElasticMQ, LocalStack, AWS), with their
 * visibility timeout, retention and redrive policy: dead-letter queues first, so a queue's
 * {@code RedrivePolicy} can name its dead-letter queue's ARN. Creating a queue that exists with the
 * same attributes returns it, so provisioning twice is harmless.
 */
public final class QueueProvisioner {

    private final SqsClient sqs;

    public QueueProvisioner(SqsClient sqs) {
        this.sqs = sqs;
    }

    /** A created queue: its URL (what {@code !Ref} gives), ARN and name. */
    public record Queue(String logicalId, String name, String url, String arn) {
    }

    /** Creates every queue, named by {@code naming} (logical id → physical name); returns them by logical id. */
    public Map<String, Queue> createAll(SamTemplate template, Function<String, String> naming) {
        Map<String, Queue> created = new LinkedHashMap<>();
        List<QueueSpec> pending = new ArrayList<>(template.queues().values().stream()
                .sorted(java.util.Comparator.comparing(QueueSpec::logicalId)).toList());
        while (!pending.isEmpty()) {
            QueueSpec next = pending.stream()
                    .filter(q -> q.deadLetterQueue() == null || created.containsKey(q.deadLetterQueue()))
                    .findFirst()
                    .orElseThrow(() -> new TemplateException("template.yaml", "the redrive policies of "
                            + pending.stream().map(QueueSpec::logicalId).toList() + " name each other or an unknown queue"));
            created.put(next.logicalId(), create(next, naming.apply(next.logicalId()), created));
            pending.remove(next);
        }
        return created;
    }

    private Queue create(QueueSpec spec, String name, Map<String, Queue> created) {
        Map<QueueAttributeName, String> attributes = new HashMap<>();
        attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(spec.visibilityTimeoutSeconds()));
        attributes.put(QueueAttributeName.MESSAGE_RETENTION_PERIOD, Integer.toString(spec.retentionSeconds()));
        if (spec.deadLetterQueue() != null) {
            attributes.put(QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\""
                    + created.get(spec.deadLetterQueue()).arn() + "\",\"maxReceiveCount\":" + spec.maxReceiveCount() + "}");
        }
        String url = sqs.createQueue(r -> r.queueName(name).attributes(attributes)).queueUrl();
        String arn = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        return new Queue(spec.logicalId(), name, url, arn);
    }
}
