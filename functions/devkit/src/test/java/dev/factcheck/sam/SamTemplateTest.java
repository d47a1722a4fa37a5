package dev.factcheck.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SamTemplateTest {

    private static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Function:
                Timeout: 20
                Environment:
                  Variables:
                    FACTS_TABLE: !Ref FactsTable
            Resources:
              CheckFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: functions/api/target/api.jar
                  Handler: dev.example.CheckHandler::handleRequest
                  Environment:
                    Variables:
                      MODE: strict
                      ARN: !GetAtt FactsTable.Arn
                      URL: !Sub "https://${AWS::Region}.example"
                  Events:
                    Post:
                      Type: HttpApi
                      Properties:
                        Method: post
                        Path: /checks/{id}
                        Auth:
                          Authorizer: AWS_IAM
                    Every:
                      Type: ScheduleV2
                      Properties:
                        ScheduleExpression: rate(5 minutes)
              FactsTable:
                Type: AWS::DynamoDB::Table
                DeletionPolicy: Retain
                Properties:
                  BillingMode: PAY_PER_REQUEST
                  AttributeDefinitions:
                    - {AttributeName: pk, AttributeType: S}
                  KeySchema:
                    - {AttributeName: pk, KeyType: HASH}
                  TimeToLiveSpecification: {AttributeName: expiresAt, Enabled: true}
            """;

    @Test
    void parse_readsFunctionsRoutesSchedulesAndEnvironmentWithShortTags() {
        SamTemplate template = SamTemplate.parse(TEMPLATE, "t.yaml");

        FunctionSpec function = template.function("CheckFunction");
        assertThat(function.handlerClass()).isEqualTo("dev.example.CheckHandler");
        assertThat(function.timeoutSeconds()).isEqualTo(20);
        assertThat(function.environment())
                .containsEntry("FACTS_TABLE", new EnvironmentValue.Reference("FactsTable"))
                .containsEntry("MODE", new EnvironmentValue.Literal("strict"))
                .containsKey("ARN").containsKey("URL");
        assertThat(function.routes()).containsExactly(new HttpRoute("Post", "POST", "/checks/{id}", true));
        assertThat(function.schedules()).extracting(Schedule::expression).containsExactly("rate(5 minutes)");
    }

    @Test
    void parse_readsTableKeysAndTimeToLive() {
        TableSpec table = SamTemplate.parse(TEMPLATE, "t.yaml").table("FactsTable");

        assertThat(table.keySchema()).isEqualTo(new TableSpec.KeySchema("pk", null));
        assertThat(table.ttlAttribute()).isEqualTo("expiresAt");
        assertThat(table.retained()).isTrue();
        assertThat(table.onDemand()).isTrue();
    }

    private static final String QUEUES = """
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              Workers: {Type: Number, Default: 3}
            Resources:
              WorkFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: w.jar
                  Handler: dev.example.Work::handleRequest
                  Timeout: 60
                  Events:
                    Jobs:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt JobQueue.Arn
                        BatchSize: 4
                        FunctionResponseTypes: [ReportBatchItemFailures]
                        ScalingConfig:
                          MaximumConcurrency: !Ref Workers
              JobQueue:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: 360
                  RedrivePolicy:
                    deadLetterTargetArn: !GetAtt JobDeadLetters.Arn
                    maxReceiveCount: 4
              JobDeadLetters:
                Type: AWS::SQS::Queue
            """;

    @Test
    void parse_readsQueuesTheirRedrivePolicy_andSqsEventSources() {
        SamTemplate template = SamTemplate.parse(QUEUES, "q.yaml");

        assertThat(template.queue("JobQueue")).isEqualTo(new QueueSpec("JobQueue", 360, 345_600, "JobDeadLetters", 4));
        assertThat(template.queue("JobDeadLetters")).isEqualTo(new QueueSpec("JobDeadLetters", 30, 345_600, null, 0));
        assertThat(template.function("WorkFunction").queueEvents()).containsExactly(
                new SqsEventSource("Jobs", "JobQueue", 4, true, "{\"Ref\":\"Workers\"}"));
    }

    @Test
    void parse_refusesAnSqsEventOnAQueueTheTemplateLacks() {
        assertThatThrownBy(() -> SamTemplate.parse(QUEUES.replace("!GetAtt JobQueue.Arn", "!GetAtt OtherQueue.Arn"), "q.yaml"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("WorkFunction").hasMessageContaining("OtherQueue");
    }

    @Test
    void parse_namesFileLineAndProblem_whenYamlIsMalformed() {
        assertThatThrownBy(() -> SamTemplate.parse("Resources:\n  A: [unclosed\n  B: c\n", "broken.yaml"))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("broken.yaml:");
    }

    @Test
    void function_listsKnownFunctions_whenIdIsUnknown() {
        assertThatThrownBy(() -> SamTemplate.parse(TEMPLATE, "t.yaml").function("Nope"))
                .hasMessageContaining("CheckFunction");
    }

    @Test
    void projectTemplate_declaresEveryTableOnDemandRetainedWithPointInTimeRecovery() {
        SamTemplate template = SamTemplate.ofProject();

        assertThat(template.tables()).isNotEmpty();
        assertThat(template.tables().values()).allSatisfy(table -> {
            assertThat(table.onDemand()).as(table.logicalId() + " on demand").isTrue();
            assertThat(table.retained()).as(table.logicalId() + " retained").isTrue();
            assertThat(table.pointInTimeRecovery()).as(table.logicalId() + " PITR").isTrue();
        });
    }
}
