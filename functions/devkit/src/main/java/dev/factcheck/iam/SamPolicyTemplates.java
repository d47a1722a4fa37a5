package dev.factcheck.iam;

import java.util.List;
import java.util.Map;

/**
 * The SAM policy templates this project may use, with the actions and resources AWS SAM expands
 * them to (samtranslator/policy_templates_data/policy_templates.json in aws/serverless-application-model).
 * A resource holds {@code ${Parameter}} placeholders for the template's parameters and the
 * {@code ${AWS::Region}}-style pseudo parameters. A template not listed here is refused by
 * {@link TemplatePolicies}, so an unknown grant never passes silently.
 */
final class SamPolicyTemplates {

    record Grant(List<String> actions, List<String> resources) {
    }

    private static final String TABLE = "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${TableName}";
    private static final String TABLE_INDEXES = TABLE + "/index/*";
    private static final String QUEUE = "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}";

    static final Map<String, List<Grant>> TEMPLATES = Map.of(
            "DynamoDBCrudPolicy", List.of(new Grant(List.of("dynamodb:GetItem", "dynamodb:DeleteItem", "dynamodb:PutItem",
                    "dynamodb:Scan", "dynamodb:Query", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem",
                    "dynamodb:BatchGetItem", "dynamodb:DescribeTable", "dynamodb:ConditionCheckItem"),
                    List.of(TABLE, TABLE_INDEXES))),
            "DynamoDBReadPolicy", List.of(new Grant(List.of("dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query",
                    "dynamodb:BatchGetItem", "dynamodb:DescribeTable"), List.of(TABLE, TABLE_INDEXES))),
            "DynamoDBWritePolicy", List.of(new Grant(List.of("dynamodb:PutItem", "dynamodb:UpdateItem",
                    "dynamodb:BatchWriteItem"), List.of(TABLE, TABLE_INDEXES))),
            "DynamoDBReconfigurePolicy", List.of(new Grant(List.of("dynamodb:UpdateTable"), List.of(TABLE))),
            "SQSPollerPolicy", List.of(new Grant(List.of("sqs:ChangeMessageVisibility", "sqs:ChangeMessageVisibilityBatch",
                    "sqs:DeleteMessage", "sqs:DeleteMessageBatch", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"),
                    List.of(QUEUE))),
            "SQSSendMessagePolicy", List.of(new Grant(List.of("sqs:SendMessage*"), List.of(QUEUE))),
            "AWSSecretsManagerGetSecretValuePolicy", List.of(new Grant(List.of("secretsmanager:GetSecretValue"),
                    List.of("${SecretArn}"))),
            "CloudWatchPutMetricPolicy", List.of(new Grant(List.of("cloudwatch:PutMetricData"), List.of("*"))));

    /** AWS managed policies that grant DynamoDB access, by name. Other managed policies grant nothing the local stack checks. */
    static final Map<String, Grant> MANAGED = Map.of(
            "AmazonDynamoDBFullAccess", new Grant(List.of("dynamodb:*"), List.of("*")),
            "AmazonDynamoDBReadOnlyAccess", new Grant(List.of("dynamodb:BatchGet*", "dynamodb:Describe*", "dynamodb:Get*",
                    "dynamodb:List*", "dynamodb:Query", "dynamodb:Scan", "dynamodb:PartiQLSelect"), List.of("*")),
            "AmazonSQSFullAccess", new Grant(List.of("sqs:*"), List.of("*")));

    private SamPolicyTemplates() {
    }
}
