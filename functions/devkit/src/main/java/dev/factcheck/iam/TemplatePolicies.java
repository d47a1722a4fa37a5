package dev.factcheck.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factcheck.sam.CloudFormationYaml;
import dev.factcheck.sam.SamTemplate;
import dev.factcheck.sam.TemplateException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Policies} of every function in template.yaml, expanded as AWS SAM and CloudFormation
 * would expand them: SAM policy templates to their statements, inline policy documents as written,
 * and {@code !Ref}, {@code !GetAtt}, {@code !Sub} and {@code !Join} resolved against the local
 * account and the physical names the local stack gave the resources. What cannot be expanded
 * faithfully (an unknown policy template, a condition, {@code NotAction}) fails with the function's
 * name instead of granting or denying by guesswork.
 */
public final class TemplatePolicies {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(!?)([^}]+)}");

    private final String source;
    private final JsonNode resources;
    private final Map<String, String> parameterDefaults;

    private TemplatePolicies(String source, JsonNode root) {
        this.source = source;
        this.resources = root.path("Resources");
        this.parameterDefaults = new LinkedHashMap<>();
        root.path("Parameters").properties().forEach(parameter -> {
            JsonNode value = parameter.getValue().path("Default");
            if (!value.isMissingNode() && !value.isNull()) {
                parameterDefaults.put(parameter.getKey(), value.asText());
            }
        });
    }

    public static TemplatePolicies load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new TemplatePolicies(file.toString(), CloudFormationYaml.read(reader, file.toString()));
        } catch (IOException e) {
            throw new TemplateException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    public static TemplatePolicies of(SamTemplate template) {
        return new TemplatePolicies("template.yaml", template.document());
    }

    public static TemplatePolicies parse(String yaml, String sourceName) {
        return new TemplatePolicies(sourceName, CloudFormationYaml.read(new StringReader(yaml), sourceName));
    }

    /**
     * Every function's permissions.
     *
     * @param physicalName a resource's local physical name by logical id (tables, queues, secrets)
     */
    public Map<String, FunctionPermissions> all(LocalAccount account, UnaryOperator<String> physicalName) {
        Map<String, FunctionPermissions> all = new LinkedHashMap<>();
        resources.properties().forEach(resource -> {
            if ("AWS::Serverless::Function".equals(resource.getValue().path("Type").asText())) {
                all.put(resource.getKey(), of(resource.getKey(), account, physicalName));
            }
        });
        return all;
    }

    public FunctionPermissions of(String function, LocalAccount account, UnaryOperator<String> physicalName) {
        JsonNode properties = resources.path(function).path("Properties");
        if (properties.isMissingNode()) {
            throw new IllegalArgumentException("no function " + function + " in " + source);
        }
        Resolver resolver = new Resolver(function, account, physicalName, Map.of());
        List<Statement> statements = new ArrayList<>();
        JsonNode policies = properties.path("Policies");
        for (JsonNode policy : policies.isArray() ? policies : List.of(policies)) {
            if (policy.isMissingNode() || policy.isNull()) {
                continue;
            }
            statements.addAll(expand(function, policy, resolver));
        }
        return new FunctionPermissions(function, account.stackName() + "-" + function + "Role", statements);
    }

    private List<Statement> expand(String function, JsonNode policy, Resolver resolver) {
        if (policy.isTextual()) {
            String name = policy.asText().substring(policy.asText().lastIndexOf('/') + 1);
            SamPolicyTemplates.Grant managed = SamPolicyTemplates.MANAGED.get(name);
            return managed == null ? List.of() : List.of(new Statement(true, managed.actions(), managed.resources()));
        }
        if (policy.has("Statement")) {
            List<Statement> statements = new ArrayList<>();
            JsonNode listed = policy.get("Statement");
            for (JsonNode statement : listed.isArray() ? listed : List.of(listed)) {
                statements.add(statement(function, statement, resolver));
            }
            return statements;
        }
        if (policy.size() != 1) {
            throw fail(function, "has a policy that is neither a managed policy, a policy document nor a SAM policy template: " + policy);
        }
        Map.Entry<String, JsonNode> template = policy.properties().iterator().next();
        List<SamPolicyTemplates.Grant> grants = SamPolicyTemplates.TEMPLATES.get(template.getKey());
        if (grants == null) {
            throw fail(function, "uses the policy template " + template.getKey() + ", which the local IAM check does not know; known: "
                    + SamPolicyTemplates.TEMPLATES.keySet().stream().sorted().toList());
        }
        Map<String, String> parameters = new HashMap<>();
        template.getValue().properties().forEach(p -> parameters.put(p.getKey(), resolver.scalar(p.getValue())));
        Resolver withParameters = resolver.with(parameters);
        List<Statement> statements = new ArrayList<>();
        for (SamPolicyTemplates.Grant grant : grants) {
            statements.add(new Statement(true, grant.actions(),
                    grant.resources().stream().map(withParameters::substitute).toList()));
        }
        return statements;
    }

    private Statement statement(String function, JsonNode statement, Resolver resolver) {
        for (String unsupported : List.of("NotAction", "NotResource", "Condition", "Principal")) {
            if (statement.has(unsupported)) {
                throw fail(function, "has a statement with " + unsupported + ", which the local IAM check cannot evaluate faithfully");
            }
        }
        String effect = statement.path("Effect").asText();
        if (!effect.equals("Allow") && !effect.equals("Deny")) {
            throw fail(function, "has a statement whose Effect is neither Allow nor Deny: " + effect);
        }
        return new Statement(effect.equals("Allow"), resolver.list(statement.path("Action")), resolver.list(statement.path("Resource")));
    }

    private TemplateException fail(String function, String problem) {
        return new TemplateException(source, "function " + function + " " + problem);
    }

    /** Resolves intrinsic functions the way CloudFormation would, for one function's policies. */
    private final class Resolver {

        private final String function;
        private final LocalAccount account;
        private final UnaryOperator<String> physicalName;
        private final Map<String, String> variables;

        Resolver(String function, LocalAccount account, UnaryOperator<String> physicalName, Map<String, String> variables) {
            this.function = function;
            this.account = account;
            this.physicalName = physicalName;
            this.variables = variables;
        }

        Resolver with(Map<String, String> more) {
            Map<String, String> all = new HashMap<>(variables);
            all.putAll(more);
            return new Resolver(function, account, physicalName, all);
        }

        List<String> list(JsonNode node) {
            if (node.isMissingNode() || node.isNull()) {
                throw fail(function, "has a statement without Action or Resource");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode item : node.isArray() ? node : List.of(node)) {
                values.add(scalar(item));
            }
            return values;
        }

        String scalar(JsonNode node) {
            if (node.isTextual() || node.isNumber() || node.isBoolean()) {
                return node.asText();
            }
            if (node.has("Ref")) {
                return ref(node.get("Ref").asText());
            }
            if (node.has("Fn::GetAtt")) {
                JsonNode target = node.get("Fn::GetAtt");
                String[] parts = target.isArray() ? new String[] {target.get(0).asText(), target.get(1).asText()}
                        : target.asText().split("\\.", 2);
                return getAtt(parts[0], parts.length > 1 ? parts[1] : "");
            }
            if (node.has("Fn::Sub")) {
                JsonNode sub = node.get("Fn::Sub");
                if (sub.isTextual()) {
                    return substitute(sub.asText());
                }
                Map<String, String> local = new HashMap<>();
                sub.get(1).properties().forEach(v -> local.put(v.getKey(), scalar(v.getValue())));
                return with(local).substitute(sub.get(0).asText());
            }
            if (node.has("Fn::Join")) {
                JsonNode join = node.get("Fn::Join");
                List<String> parts = new ArrayList<>();
                join.get(1).forEach(part -> parts.add(scalar(part)));
                return String.join(join.get(0).asText(), parts);
            }
            throw fail(function, "has a value the local IAM check cannot resolve: " + node);
        }

        String substitute(String text) {
            Matcher matcher = SUB_VARIABLE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(2);
                String value;
                if (!matcher.group(1).isEmpty()) {
                    value = "${" + name + "}";
                } else if (variables.containsKey(name)) {
                    value = variables.get(name);
                } else if (name.contains(".") && !name.startsWith("AWS::")) {
                    value = getAtt(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1));
                } else {
                    value = ref(name);
                }
                matcher.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(out);
            return out.toString();
        }

        private String ref(String name) {
            switch (name) {
                case "AWS::Region" -> {
                    return account.region();
                }
                case "AWS::AccountId" -> {
                    return account.accountId();
                }
                case "AWS::Partition" -> {
                    return "aws";
                }
                case "AWS::URLSuffix" -> {
                    return "amazonaws.com";
                }
                case "AWS::StackName" -> {
                    return account.stackName();
                }
                default -> {
                    // a parameter or a resource, below
                }
            }
            if (parameterDefaults.containsKey(name)) {
                return parameterDefaults.get(name);
            }
            String type = resources.path(name).path("Type").asText(null);
            if (type == null) {
                throw fail(function, "refers to " + name + ", which is neither a parameter with a default nor a resource");
            }
            String physical = physicalName.apply(name);
            return switch (type) {
                case "AWS::SQS::Queue" -> account.queueUrl(physical);
                case "AWS::SecretsManager::Secret" -> account.secretArn(physical);
                default -> physical;
            };
        }

        private String getAtt(String logicalId, String attribute) {
            String type = resources.path(logicalId).path("Type").asText(null);
            if (type == null) {
                throw fail(function, "uses !GetAtt on " + logicalId + ", which is no resource of the template");
            }
            String physical = physicalName.apply(logicalId);
            return switch (type + "." + attribute) {
                case "AWS::DynamoDB::Table.Arn" -> account.tableArn(physical);
                case "AWS::SQS::Queue.Arn" -> account.queueArn(physical);
                case "AWS::SQS::Queue.QueueName" -> physical;
                case "AWS::SQS::Queue.QueueUrl" -> account.queueUrl(physical);
                default -> throw fail(function, "uses !GetAtt " + logicalId + "." + attribute
                        + ", which the local IAM check cannot resolve");
            };
        }
    }
}
