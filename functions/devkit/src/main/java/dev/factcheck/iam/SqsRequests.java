package dev.factcheck.iam;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The IAM authorisation one SQS API call (JSON protocol, {@code X-Amz-Target: AmazonSQS.<Operation>})
 * needs: the action on the queue its {@code QueueUrl} names. A batch call needs its single-message
 * action ({@code SendMessageBatch} is authorised as {@code sqs:SendMessage}), as in SQS.
 */
final class SqsRequests {

    private SqsRequests() {
    }

    static List<DynamoDbRequests.Need> needs(String operation, JsonNode body, LocalAccount account) {
        String action = "sqs:" + (operation.endsWith("Batch") ? operation.substring(0, operation.length() - "Batch".length()) : operation);
        String queueUrl = body.path("QueueUrl").asText("");
        String queueName = !queueUrl.isEmpty() ? queueUrl.substring(queueUrl.lastIndexOf('/') + 1) : body.path("QueueName").asText("");
        return List.of(new DynamoDbRequests.Need(action, queueName.isEmpty() ? "*" : account.queueArn(queueName)));
    }
}
