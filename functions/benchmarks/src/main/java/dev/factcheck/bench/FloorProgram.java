package dev.factcheck.bench;

import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The floor: the least a DynamoDB-backed Java function can do at cold start. Builds a client with
 * the URL-connection HTTP client and explicit region and credentials, and reads one item.
 * Arguments: table name, then the partition and sort key values to read.
 */
public final class FloorProgram {

    private FloorProgram() {
    }

    public static void main(String[] args) throws Exception {
        try (DynamoDbClient client = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(System.getProperty("aws.region")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        System.getProperty("aws.accessKeyId"), System.getProperty("aws.secretAccessKey"))))
                .build()) {
            client.getItem(r -> r.tableName(args[0]).key(Map.of("pk", AttributeValue.fromS(args[1]),
                    "sk", AttributeValue.fromS(args[2]))));
        }
        ColdStartDriver.report("{\"statusCode\": 200}");
    }
}
