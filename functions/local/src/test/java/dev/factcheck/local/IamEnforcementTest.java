package dev.factcheck.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.sam.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner refuses what AWS would refuse: with one needed permission removed from a copy of the
 * template, the function's call fails with DynamoDB's AccessDeniedException and the runner prints
 * AWS's line for it; with {@code --no-iam} the same call goes through. So the check itself cannot rot.
 */
class IamEnforcementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DENIAL = "IAM AccessDeniedException: User: arn:aws:sts::000000000000:assumed-role/"
            + "factcheck-local-FactCheckFunctionRole/FactCheckFunction is not authorized to perform: dynamodb:Query on resource: "
            + "arn:aws:dynamodb:us-east-1:000000000000:table/FactsTable because no identity-based policy allows the "
            + "dynamodb:Query action";

    @Test
    void removedPermission_isRefusedWithAwsWording_andNoIamLetsItThrough(@TempDir Path dir) throws IOException {
        Path template = withoutFactCheckQuery(dir);
        String event = ProjectFiles.root().resolve("events/factcheck-post.json").toString();

        LocalRunner.Result enforced = LocalRunner.run("invoke", "FactCheckFunction", "--event", event, "--in-memory",
                "--template", template.toString());
        LocalRunner.Result unenforced = LocalRunner.run("invoke", "FactCheckFunction", "--event", event, "--in-memory",
                "--template", template.toString(), "--no-iam");

        assertThat(enforced.err()).contains(DENIAL);
        JsonNode refused = JSON.readTree(enforced.out());
        assertThat(refused.path("statusCode").asInt()).as(refused.toString()).isEqualTo(500);
        assertThat(JSON.readTree(refused.path("body").asText()).path("error").path("code").asText()).isEqualTo("misconfigured");
        assertThat(unenforced.err()).doesNotContain("AccessDeniedException");
        assertThat(JSON.readTree(unenforced.out()).path("statusCode").asInt()).isEqualTo(200);
    }

    @Test
    void removedSqsPermission_isRefusedToo(@TempDir Path dir) throws Exception {
        String original = Files.readString(ProjectFiles.root().resolve("template.yaml"));
        String grant = "        - SQSSendMessagePolicy:\n            QueueName: !GetAtt FeedQueue.QueueName\n";
        assertThat(original).contains(grant);
        Path template = dir.resolve("template.yaml");
        Files.writeString(template, original.replace(grant, ""));
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        Options options = Options.parse(new String[] {"serve", "--in-memory", "--no-seed", "--template", template.toString()});

        try (LocalRuntime runtime = LocalRuntime.open(LocalRuntime.loadTemplate(options), options, false,
                new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8))) {
            runtime.functions().invoke("FeedsAdminFunction",
                    Files.readAllBytes(ProjectFiles.root().resolve("events/feeds-admin-post.json")));
            runtime.functions().invoke("FeedDispatchFunction",
                    Files.readAllBytes(ProjectFiles.root().resolve("events/feed-dispatch.json")));
        }

        assertThat(log.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("IAM AccessDeniedException: User: "
                + "arn:aws:sts::000000000000:assumed-role/factcheck-local-FeedDispatchFunctionRole/FeedDispatchFunction is not "
                + "authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:000000000000:FeedQueue");
    }

    @Test
    void projectTemplate_grantsTheSameCall() {
        LocalRunner.Result result = LocalRunner.run("invoke", "FactCheckFunction", "--event",
                ProjectFiles.root().resolve("events/factcheck-post.json").toString(), "--in-memory");

        assertThat(result.err()).doesNotContain("AccessDeniedException");
        assertThat(result.out()).contains("\"statusCode\":200");
    }

    /** template.yaml with FactCheckFunction's {@code dynamodb:Query} grant turned into {@code dynamodb:GetItem}. */
    private static Path withoutFactCheckQuery(Path dir) throws IOException {
        String original = Files.readString(ProjectFiles.root().resolve("template.yaml"));
        int function = original.indexOf("\n  FactCheckFunction:\n");
        String grant = "              Action: dynamodb:Query\n";
        int query = original.indexOf(grant, function);
        java.util.regex.Matcher nextResource = java.util.regex.Pattern.compile("\n  [A-Za-z]+:\n").matcher(original);
        assertThat(function).isPositive();
        assertThat(nextResource.find(function + 1)).isTrue();
        assertThat(query).as("FactCheckFunction's policy lists dynamodb:Query").isBetween(function, nextResource.start());
        Path copy = dir.resolve("template.yaml");
        // Only GetItem left: DynamoDB refuses the Query the function makes.
        Files.writeString(copy, original.substring(0, query) + grant.replace("Query", "GetItem")
                + original.substring(query + grant.length()));
        return copy;
    }
}
