package dev.factcheck.iam;

/**
 * The account, region and stack the local stack stands in for: what {@code AWS::AccountId},
 * {@code AWS::Region} and {@code AWS::StackName} resolve to, and what ARNs are built from.
 */
public record LocalAccount(String accountId, String region, String stackName) {

    /** The account id LocalStack and the AWS documentation examples use for a stand-in account. */
    public static final LocalAccount DEFAULT = new LocalAccount("000000000000", "us-east-1", "factcheck-local");

    public String tableArn(String tableName) {
        return "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + tableName;
    }

    public String indexArn(String tableName, String indexName) {
        return tableArn(tableName) + "/index/" + indexName;
    }

    public String queueArn(String queueName) {
        return "arn:aws:sqs:" + region + ":" + accountId + ":" + queueName;
    }

    public String queueUrl(String queueName) {
        return "https://sqs." + region + ".amazonaws.com/" + accountId + "/" + queueName;
    }

    public String secretArn(String secretName) {
        return "arn:aws:secretsmanager:" + region + ":" + accountId + ":secret:" + secretName;
    }

    /** The session a function's role runs as: Lambda names the session after the function. */
    public String assumedRoleArn(String roleName, String functionName) {
        return "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + functionName;
    }
}
