package dev.factcheck.sam;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What template.yaml declares: the functions with their handlers, routes, schedules, queue events and
 * environment, the DynamoDB tables and the SQS queues. The one source the tests and the local runner read instead
 * of repeating it.
 */
public record SamTemplate(Map<String, FunctionSpec> functions, Map<String, TableSpec> tables,
                          Map<String, QueueSpec> queues, JsonNode document) {

    /**
     * @param document the whole template in CloudFormation's JSON form, for what this model does not
     *                 cover (policies, alarms)
     */
    public SamTemplate {
        functions = Map.copyOf(new LinkedHashMap<>(functions));
        tables = Map.copyOf(new LinkedHashMap<>(tables));
        queues = Map.copyOf(new LinkedHashMap<>(queues));
    }

    public static SamTemplate load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new TemplateException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    public static SamTemplate parse(String yaml, String sourceName) {
        return parse(new StringReader(yaml), sourceName);
    }

    /** The template of this checkout: {@code template.yaml} in the project root or the nearest parent that has one. */
    public static SamTemplate ofProject() {
        return load(ProjectFiles.root().resolve("template.yaml"));
    }

    private static SamTemplate parse(Reader reader, String sourceName) {
        JsonNode root = CloudFormationYaml.read(reader, sourceName);
        JsonNode resources = root.path("Resources");
        if (!resources.isObject()) {
            throw new TemplateException(sourceName, "has no Resources section");
        }
        JsonNode globals = root.path("Globals").path("Function");
        Map<String, FunctionSpec> functions = new LinkedHashMap<>();
        Map<String, TableSpec> tables = new LinkedHashMap<>();
        Map<String, QueueSpec> queues = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            String type = resource.getValue().path("Type").asText();
            switch (type) {
                case "AWS::Serverless::Function" ->
                        functions.put(resource.getKey(), function(resource.getKey(), resource.getValue(), globals, sourceName));
                case "AWS::DynamoDB::Table" ->
                        tables.put(resource.getKey(), table(resource.getKey(), resource.getValue(), sourceName));
                case "AWS::SQS::Queue" -> queues.put(resource.getKey(), queue(resource.getKey(), resource.getValue()));
                default -> {
                    // APIs, roles and the rest are for CloudFormation, not for the local runner.
                }
            }
        }
        for (FunctionSpec function : functions.values()) {
            for (SqsEventSource source : function.queueEvents()) {
                if (!queues.containsKey(source.queue())) {
                    throw new TemplateException(sourceName, "function " + function.logicalId() + " has SQS event "
                            + source.eventName() + " on " + source.queue() + ", which is not a queue of the template");
                }
            }
        }
        return new SamTemplate(functions, tables, queues, root);
    }

    public FunctionSpec function(String logicalId) {
        FunctionSpec spec = functions.get(logicalId);
        if (spec == null) {
            throw new IllegalArgumentException("no function " + logicalId + " in template.yaml; known: "
                    + functions.keySet().stream().sorted().toList());
        }
        return spec;
    }

    public TableSpec table(String logicalId) {
        TableSpec spec = tables.get(logicalId);
        if (spec == null) {
            throw new IllegalArgumentException("no table " + logicalId + " in template.yaml; known: "
                    + tables.keySet().stream().sorted().toList());
        }
        return spec;
    }

    public QueueSpec queue(String logicalId) {
        QueueSpec spec = queues.get(logicalId);
        if (spec == null) {
            throw new IllegalArgumentException("no queue " + logicalId + " in template.yaml; known: "
                    + queues.keySet().stream().sorted().toList());
        }
        return spec;
    }

    private static FunctionSpec function(String id, JsonNode resource, JsonNode globals, String sourceName) {
        JsonNode properties = resource.path("Properties");
        String handler = text(properties, globals, "Handler")
                .orElseThrow(() -> new TemplateException(sourceName, "function " + id + " has no Handler"));
        String codeUri = text(properties, globals, "CodeUri")
                .orElseThrow(() -> new TemplateException(sourceName, "function " + id + " has no CodeUri"));
        Map<String, EnvironmentValue> environment = new LinkedHashMap<>();
        environment.putAll(environment(globals.path("Environment").path("Variables")));
        environment.putAll(environment(properties.path("Environment").path("Variables")));
        List<HttpRoute> routes = new ArrayList<>();
        List<Schedule> schedules = new ArrayList<>();
        List<SqsEventSource> queueEvents = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.path("Events").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> event = it.next();
            JsonNode eventProperties = event.getValue().path("Properties");
            switch (event.getValue().path("Type").asText()) {
                case "HttpApi" -> routes.add(new HttpRoute(event.getKey(),
                        eventProperties.path("Method").asText("ANY").toUpperCase(java.util.Locale.ROOT),
                        eventProperties.path("Path").asText(),
                        "AWS_IAM".equals(eventProperties.path("Auth").path("Authorizer").asText(null))));
                case "ScheduleV2" -> schedules.add(new Schedule(event.getKey(),
                        scheduleExpression(eventProperties.path("ScheduleExpression")),
                        !"DISABLED".equals(eventProperties.path("State").asText("ENABLED")),
                        eventProperties.path("Input").isTextual() ? eventProperties.path("Input").asText() : null));
                case "SQS" -> {
                    boolean reportsFailures = false;
                    for (JsonNode type : eventProperties.path("FunctionResponseTypes")) {
                        reportsFailures |= "ReportBatchItemFailures".equals(type.asText());
                    }
                    JsonNode concurrency = eventProperties.path("ScalingConfig").path("MaximumConcurrency");
                    queueEvents.add(new SqsEventSource(event.getKey(), referencedResource(eventProperties.path("Queue")),
                            eventProperties.path("BatchSize").asInt(10), reportsFailures,
                            concurrency.isMissingNode() ? null : concurrency.isValueNode() ? concurrency.asText() : concurrency.toString()));
                }
                default -> throw new TemplateException(sourceName, "function " + id + " has event "
                        + event.getKey() + " of a type the local runner does not know: "
                        + event.getValue().path("Type").asText());
            }
        }
        int timeout = properties.path("Timeout").asInt(globals.path("Timeout").asInt(3));
        int memory = properties.path("MemorySize").asInt(globals.path("MemorySize").asInt(128));
        return new FunctionSpec(id, handler, codeUri, environment, routes, schedules, queueEvents, timeout, memory);
    }

    /** A schedule expression is either a literal or a {@code !Ref} to a parameter, resolved to its default. */
    private static String scheduleExpression(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toString();
    }

    private static Map<String, EnvironmentValue> environment(JsonNode variables) {
        Map<String, EnvironmentValue> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            JsonNode value = variable.getValue();
            values.put(variable.getKey(), value.has("Ref")
                    ? new EnvironmentValue.Reference(value.get("Ref").asText())
                    : new EnvironmentValue.Literal(value.asText()));
        }
        return values;
    }

    private static Optional<String> text(JsonNode properties, JsonNode globals, String field) {
        JsonNode value = properties.has(field) ? properties.get(field) : globals.get(field);
        return value == null || !value.isTextual() ? Optional.empty() : Optional.of(value.asText());
    }

    private static QueueSpec queue(String id, JsonNode resource) {
        JsonNode properties = resource.path("Properties");
        JsonNode redrive = properties.path("RedrivePolicy");
        return new QueueSpec(id, properties.path("VisibilityTimeout").asInt(30),
                properties.path("MessageRetentionPeriod").asInt(345_600),
                redrive.isMissingNode() ? null : referencedResource(redrive.path("deadLetterTargetArn")),
                redrive.path("maxReceiveCount").asInt(0));
    }

    /** The logical id in {@code !GetAtt X.Arn}, {@code !Ref X} or {@code {"Fn::GetAtt": ["X", "Arn"]}}. */
    private static String referencedResource(JsonNode node) {
        JsonNode getAtt = node.path("Fn::GetAtt");
        if (getAtt.isTextual()) {
            return getAtt.asText().split("\\.", 2)[0];
        }
        if (getAtt.isArray() && !getAtt.isEmpty()) {
            return getAtt.get(0).asText();
        }
        return node.path("Ref").asText(node.asText(null));
    }

    private static TableSpec table(String id, JsonNode resource, String sourceName) {
        JsonNode properties = resource.path("Properties");
        Map<String, String> attributeTypes = new LinkedHashMap<>();
        for (JsonNode attribute : properties.path("AttributeDefinitions")) {
            attributeTypes.put(attribute.path("AttributeName").asText(), attribute.path("AttributeType").asText());
        }
        List<TableSpec.Index> indexes = new ArrayList<>();
        for (JsonNode index : properties.path("GlobalSecondaryIndexes")) {
            List<String> nonKeyAttributes = new ArrayList<>();
            index.path("Projection").path("NonKeyAttributes").forEach(a -> nonKeyAttributes.add(a.asText()));
            indexes.add(new TableSpec.Index(index.path("IndexName").asText(), keySchema(index.path("KeySchema")),
                    index.path("Projection").path("ProjectionType").asText("ALL"), nonKeyAttributes));
        }
        TableSpec.KeySchema keys = keySchema(properties.path("KeySchema"));
        if (keys.hashKey() == null) {
            throw new TemplateException(sourceName, "table " + id + " has no HASH key");
        }
        JsonNode ttl = properties.path("TimeToLiveSpecification");
        String ttlAttribute = ttl.path("Enabled").asBoolean(false) ? ttl.path("AttributeName").asText(null) : null;
        return new TableSpec(id, keys, attributeTypes, indexes, ttlAttribute,
                "Retain".equals(resource.path("DeletionPolicy").asText(null)),
                "PAY_PER_REQUEST".equals(properties.path("BillingMode").asText(null)),
                properties.path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asBoolean(false));
    }

    private static TableSpec.KeySchema keySchema(JsonNode schema) {
        String hash = null;
        String range = null;
        for (JsonNode key : schema) {
            if ("HASH".equals(key.path("KeyType").asText())) {
                hash = key.path("AttributeName").asText();
            } else if ("RANGE".equals(key.path("KeyType").asText())) {
                range = key.path("AttributeName").asText();
            }
        }
        return new TableSpec.KeySchema(hash, range);
    }
}
