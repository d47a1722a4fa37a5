package dev.factcheck.sam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the deployed stack needs to survive production, read from template.yaml itself (sam validate
 * --lint is not available here): scheduled ingestion that never overlaps and whose failed runs are
 * retried, parked and alarmed on; throttling on every API route; bounded log retention.
 */
class TemplateHardeningTest {

    private final SamTemplate template = SamTemplate.ofProject();
    private final JsonNode resources = template.document().path("Resources");
    private final JsonNode parameters = template.document().path("Parameters");

    @Test
    void scheduledFunction_runsOneAtATime_withRetriesADeadLetterQueueAndAnErrorAlarm() {
        List<String> scheduled = template.functions().values().stream()
                .filter(f -> !f.schedules().isEmpty()).map(FunctionSpec::logicalId).toList();
        assertThat(scheduled).isNotEmpty();
        for (String function : scheduled) {
            JsonNode properties = resources.path(function).path("Properties");
            assertThat(properties.path("ReservedConcurrentExecutions").asInt()).as(function).isEqualTo(1);
            for (JsonNode event : properties.path("Events")) {
                if (event.path("Type").asText().equals("ScheduleV2")) {
                    JsonNode schedule = event.path("Properties");
                    assertThat(schedule.path("RetryPolicy").path("MaximumRetryAttempts").asInt()).isPositive();
                    String deadLetters = schedule.path("DeadLetterConfig").path("Arn").path("Fn::GetAtt").asText();
                    assertThat(deadLetters).endsWith(".Arn");
                    assertThat(resources.path(deadLetters.replace(".Arn", "")).path("Type").asText()).isEqualTo("AWS::SQS::Queue");
                }
            }
            assertThat(alarmsOn("Errors", "FunctionName", function)).as("an alarm on " + function + "'s errors").isNotEmpty();
        }
    }

    @Test
    void everyDeadLetterQueue_hasAnAlarm() {
        for (Map.Entry<String, JsonNode> resource : resources.properties()) {
            if (resource.getKey().endsWith("DeadLetterQueue")) {
                assertThat(alarmsOn("ApproximateNumberOfMessagesVisible", "QueueName", resource.getKey()))
                        .as("an alarm on " + resource.getKey()).isNotEmpty();
            }
        }
    }

    @Test
    void everyRoute_isThrottled_byParametersWithDefaults() {
        JsonNode settings = resources.path("HttpApi").path("Properties").path("DefaultRouteSettings");
        for (String limit : List.of("ThrottlingRateLimit", "ThrottlingBurstLimit")) {
            String parameter = settings.path(limit).path("Ref").asText();
            assertThat(parameters.path(parameter).path("Default").isNumber()).as(limit + " -> " + parameter).isTrue();
        }
    }

    @Test
    void everyFunction_hasALogGroupWithTheRetentionParameter_defaulting30Days() {
        assertThat(parameters.path("LogRetentionDays").path("Default").asInt()).isEqualTo(30);
        for (String function : template.functions().keySet()) {
            JsonNode group = resources.path(function + "LogGroup");
            assertThat(group.path("Type").asText()).as(function).isEqualTo("AWS::Logs::LogGroup");
            assertThat(group.path("Properties").path("LogGroupName").path("Fn::Sub").asText())
                    .isEqualTo("/aws/lambda/${" + function + "}");
            assertThat(group.path("Properties").path("RetentionInDays").path("Ref").asText()).isEqualTo("LogRetentionDays");
        }
    }

    @Test
    void cursorSecret_isGeneratedByTheStack_neverAPlaintextDefault() {
        for (FunctionSpec function : template.functions().values()) {
            assertThat(function.environment()).as(function.logicalId()).doesNotContainKey("CURSOR_SECRET");
            if (function.environment().get("CURSOR_SECRET_ARN") instanceof EnvironmentValue.Reference secret) {
                JsonNode resource = resources.path(secret.logicalId());
                assertThat(resource.path("Type").asText()).isEqualTo("AWS::SecretsManager::Secret");
                assertThat(resource.path("Properties").has("GenerateSecretString")).isTrue();
                assertThat(resource.path("Properties").has("SecretString")).isFalse();
            }
        }
        assertThat(template.functions().values()).as("a function lists articles with signed cursors")
                .anyMatch(f -> f.environment().containsKey("CURSOR_SECRET_ARN"));
        parameters.properties().forEach(parameter -> assertThat(parameter.getKey().toLowerCase(java.util.Locale.ROOT))
                .as("no secret as a parameter").doesNotContain("secret"));
    }

    private List<String> alarmsOn(String metric, String dimension, String resource) {
        List<String> alarms = new ArrayList<>();
        for (Map.Entry<String, JsonNode> candidate : resources.properties()) {
            JsonNode properties = candidate.getValue().path("Properties");
            if (!candidate.getValue().path("Type").asText().equals("AWS::CloudWatch::Alarm")
                    || !properties.path("MetricName").asText().equals(metric) || properties.path("AlarmActions").isEmpty()) {
                continue;
            }
            for (JsonNode d : properties.path("Dimensions")) {
                JsonNode value = d.path("Value");
                String target = value.has("Ref") ? value.path("Ref").asText() : value.path("Fn::GetAtt").asText().split("\\.")[0];
                if (d.path("Name").asText().equals(dimension) && target.equals(resource)) {
                    alarms.add(candidate.getKey());
                }
            }
        }
        return alarms;
    }
}
