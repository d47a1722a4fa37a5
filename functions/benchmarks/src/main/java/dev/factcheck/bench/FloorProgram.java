package dev.factcheck.bench;

import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The floor: the least a DynamoDB-backed Java function can do at cold start. Builds a client with
 * the URL-connection HTTP client, an explicit region and the credentials the measured function gets,
 * delivered the same way, and reads one item. With {@code AWS_CONTAINER_CREDENTIALS_FULL_URI} set (as
 * Lambda delivers credentials under SnapStart) that is the SDK's container provider alone, which fetches
 * the role session once, as any function there must; otherwise the session keys of the environment,
 * passed explicitly. So the ratio measures what a function adds, not how its credentials arrive.
 * Arguments: table name, then the partition and sort key values to read.
 */
public final class FloorProgram {

    private FloorProgram() {
    }

    public static void main(String[] args) throws Exception {
        try (DynamoDbClient client = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(System.getProperty("aws.region")))
                .credentialsProvider(credentials())
                .build()) {
            client.getItem(r -> r.tableName(args[0]).key(Map.of("pk", AttributeValue.fromS(args[1]),
                    "sk", AttributeValue.fromS(args[2]))));
        }
        ColdStartDriver.report("{\"statusCode\": 200}");
    }

    private static AwsCredentialsProvider credentials() {
        if (System.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI") != null) {
            return ContainerCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsSessionCredentials.create(System.getenv("AWS_ACCESS_KEY_ID"),
                System.getenv("AWS_SECRET_ACCESS_KEY"), System.getenv("AWS_SESSION_TOKEN")));
    }
}
