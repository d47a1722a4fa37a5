package dev.factcheck.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.iam.FunctionPermissions.Decision;
import dev.factcheck.sam.TemplateException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplatePoliciesTest {

    private static final LocalAccount ACCOUNT = LocalAccount.DEFAULT;
    private static final UnaryOperator<String> PREFIXED = logicalId -> "t1-" + logicalId;

    private static final String TEMPLATE = """
            Parameters:
              Prefix:
                Type: String
                Default: news
            Resources:
              ReaderFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Policies:
                    - DynamoDBReadPolicy:
                        TableName: !Ref Articles
              WriterFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Policies:
                    - DynamoDBWritePolicy:
                        TableName: !Ref Articles
                    - Version: "2012-10-17"
                      Statement:
                        - Effect: Allow
                          Action: ["dynamodb:Get*", "dynamodb:Query"]
                          Resource:
                            - !GetAtt Feeds.Arn
                            - !Sub "${Feeds.Arn}/index/*"
                            - !Sub "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${Prefix}-*"
                        - Effect: Deny
                          Action: dynamodb:GetItem
                          Resource: !Sub "arn:aws:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${Prefix}-secret"
                    - AWSLambdaBasicExecutionRole
              UnknownTemplateFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Policies:
                    - DynamoDBEverythingPolicy:
                        TableName: !Ref Articles
              Articles:
                Type: AWS::DynamoDB::Table
              Feeds:
                Type: AWS::DynamoDB::Table
            """;

    private final TemplatePolicies policies = TemplatePolicies.parse(TEMPLATE, "t.yaml");

    @ParameterizedTest(name = "{0} {1} on {2} -> {3}")
    @CsvSource({
            "ReaderFunction, dynamodb:Query,      table/t1-Articles,               ALLOW",
            "ReaderFunction, dynamodb:query,      table/t1-Articles/index/ByDate,  ALLOW",
            "ReaderFunction, dynamodb:PutItem,    table/t1-Articles,               IMPLICIT_DENY",
            "ReaderFunction, dynamodb:GetItem,    table/t1-Feeds,                  IMPLICIT_DENY",
            "WriterFunction, dynamodb:PutItem,    table/t1-Articles,               ALLOW",
            "WriterFunction, dynamodb:DeleteItem, table/t1-Articles,               IMPLICIT_DENY",
            "WriterFunction, dynamodb:GetItem,    table/t1-Articles,               IMPLICIT_DENY",
            "WriterFunction, dynamodb:GetItem,    table/t1-Feeds,                  ALLOW",
            "WriterFunction, dynamodb:Query,      table/t1-Feeds/index/ByUrl,      ALLOW",
            "WriterFunction, dynamodb:Scan,       table/t1-Feeds,                  IMPLICIT_DENY",
            "WriterFunction, dynamodb:GetItem,    table/news-archive,              ALLOW",
            "WriterFunction, dynamodb:GetItem,    table/news-secret,               EXPLICIT_DENY",
    })
    void decide_expandsSamTemplatesInlineStatementsAndIntrinsics(String function, String action, String resource,
                                                                  Decision expected) {
        FunctionPermissions permissions = policies.of(function, ACCOUNT, PREFIXED);

        assertThat(permissions.decide(action, "arn:aws:dynamodb:us-east-1:000000000000:" + resource)).isEqualTo(expected);
    }

    @Test
    void roleName_isTheOneSamCreatesForTheFunction() {
        assertThat(policies.of("ReaderFunction", ACCOUNT, PREFIXED).roleName()).isEqualTo("factcheck-local-ReaderFunctionRole");
        assertThat(ACCOUNT.assumedRoleArn("R", "ReaderFunction")).isEqualTo("arn:aws:sts::000000000000:assumed-role/R/ReaderFunction");
    }

    @Test
    void unknownPolicyTemplate_failsWithTheFunctionAndTheKnownTemplates() {
        assertThatThrownBy(() -> policies.of("UnknownTemplateFunction", ACCOUNT, PREFIXED))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("UnknownTemplateFunction")
                .hasMessageContaining("DynamoDBEverythingPolicy")
                .hasMessageContaining("DynamoDBCrudPolicy");
    }

    @Test
    void conditions_areRefusedRatherThanGuessed() {
        TemplatePolicies conditional = TemplatePolicies.parse("""
                Resources:
                  F:
                    Type: AWS::Serverless::Function
                    Properties:
                      Policies:
                        - Statement:
                            - Effect: Allow
                              Action: dynamodb:GetItem
                              Resource: "*"
                              Condition: {Bool: {"aws:SecureTransport": "true"}}
                """, "c.yaml");

        assertThatThrownBy(() -> conditional.of("F", ACCOUNT, PREFIXED)).hasMessageContaining("Condition");
    }

    @ParameterizedTest
    @CsvSource({"a*c, abbbc, true", "a*c, ac, true", "a?c, abc, true", "a?c, ac, false", "*, anything/at/all, true",
            "table/x, table/x/index/y, false", "table/x*, table/x/index/y, true"})
    void wildcards_matchAsIamMatches(String pattern, String value, boolean matches) {
        assertThat(Statement.wildcardMatch(pattern, value)).isEqualTo(matches);
    }
}
