package dev.factcheck.iam;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The IAM authorisations one DynamoDB API call needs, read from its {@code X-Amz-Target} and body as
 * DynamoDB's authoriser reads them: the action on every table (or index) the request names. A
 * transaction needs the item actions of its parts (there is no {@code dynamodb:TransactWriteItems}
 * permission); a Query or Scan of an index needs the index's ARN.
 */
final class DynamoDbRequests {

    record Need(String action, String resource) {
    }

    private static final Map<String, String> TRANSACT_ACTIONS = Map.of("Get", "dynamodb:GetItem", "Put", "dynamodb:PutItem",
            "Update", "dynamodb:UpdateItem", "Delete", "dynamodb:DeleteItem", "ConditionCheck", "dynamodb:ConditionCheckItem");

    private DynamoDbRequests() {
    }

    static List<Need> needs(String operation, JsonNode body, LocalAccount account) {
        List<Need> needs = new ArrayList<>();
        switch (operation) {
            case "BatchGetItem", "BatchWriteItem" -> body.path("RequestItems").properties()
                    .forEach(table -> needs.add(new Need("dynamodb:" + operation, account.tableArn(table.getKey()))));
            case "TransactGetItems", "TransactWriteItems" -> {
                for (JsonNode item : body.path("TransactItems")) {
                    item.properties().forEach(part -> needs.add(new Need(TRANSACT_ACTIONS.getOrDefault(part.getKey(),
                            "dynamodb:" + part.getKey()), account.tableArn(part.getValue().path("TableName").asText()))));
                }
            }
            case "ListTables", "DescribeLimits", "DescribeEndpoints" -> needs.add(new Need("dynamodb:" + operation, "*"));
            default -> {
                String table = body.path("TableName").asText("");
                String index = body.path("IndexName").asText("");
                needs.add(new Need("dynamodb:" + operation,
                        index.isEmpty() ? account.tableArn(table) : account.indexArn(table, index)));
            }
        }
        return needs;
    }
}
