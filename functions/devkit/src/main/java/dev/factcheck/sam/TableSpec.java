package dev.factcheck.sam;

import java.util.List;
import java.util.Map;

/** A DynamoDB table of the template. */
public record TableSpec(String logicalId, KeySchema keySchema, Map<String, String> attributeTypes,
                        List<Index> globalIndexes, String ttlAttribute, boolean retained,
                        boolean onDemand, boolean pointInTimeRecovery) {

    public TableSpec {
        attributeTypes = Map.copyOf(attributeTypes);
        globalIndexes = List.copyOf(globalIndexes);
    }

    public record KeySchema(String hashKey, String rangeKey) {
    }

    public record Index(String name, KeySchema keySchema, String projection, List<String> nonKeyAttributes) {

        public Index {
            nonKeyAttributes = List.copyOf(nonKeyAttributes);
        }
    }
}
