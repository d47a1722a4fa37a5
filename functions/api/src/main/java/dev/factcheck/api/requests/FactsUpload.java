package dev.factcheck.api.requests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factcheck.runtime.http.ApiException;
import dev.factcheck.runtime.http.Validation;
import dev.factcheck.articles.Limits;
import dev.factcheck.catalog.Aggregation;
import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Entity;
import dev.factcheck.catalog.Metric;
import dev.factcheck.catalog.Unit;
import dev.factcheck.facts.Fact;
import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The body of {@code PUT /facts}: {@code {"entities": [...], "metrics": [...], "facts": [...]}}, each
 * list optional. The whole body is validated before anything is written; one invalid item refuses
 * the upload and names every problem.
 */
public record FactsUpload(List<Entity> entities, List<Metric> metrics, List<Fact> facts) {

    public static final int MAX_FACTS = 5_000;

    public static FactsUpload read(JsonNode body) {
        if (body.path("facts").isArray() && body.path("facts").size() > MAX_FACTS) {
            throw ApiException.payloadTooLarge("One upload takes at most " + MAX_FACTS + " facts; split it.");
        }
        Validation validation = new Validation();
        List<Entity> entities = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (JsonNode item : list(body, "entities", validation)) {
            String path = "entities[" + entities.size() + "]";
            entities.add(entity(item, path, validation));
        }
        for (JsonNode item : list(body, "metrics", validation)) {
            String path = "metrics[" + metrics.size() + "]";
            metrics.add(metric(item, path, validation));
        }
        for (JsonNode item : list(body, "facts", validation)) {
            String path = "facts[" + facts.size() + "]";
            facts.add(fact(item, path, validation));
        }
        validation.throwIfAny();
        return new FactsUpload(entities, metrics, facts);
    }

    private static Iterable<JsonNode> list(JsonNode body, String field, Validation validation) {
        JsonNode list = body.get(field);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            validation.problem(field, "must be an array");
            return List.of();
        }
        return list;
    }

    private static Entity entity(JsonNode item, String path, Validation validation) {
        if (!item.isObject()) {
            validation.problem(path, "must be an object");
            return null;
        }
        String name = name(item, "name", path + ".name", validation);
        List<String> aliases = strings(item, "aliases", path + ".aliases", validation);
        return name == null || aliases == null ? null : new Entity(name, aliases);
    }

    private static Metric metric(JsonNode item, String path, Validation validation) {
        if (!item.isObject()) {
            validation.problem(path, "must be an object");
            return null;
        }
        String name = name(item, "name", path + ".name", validation);
        String unit = validation.requiredString(item, "unit", path + ".unit", 20);
        Dimension dimension = null;
        if (unit != null) {
            dimension = switch (unit.toLowerCase(Locale.ROOT)) {
                case "people" -> Dimension.PEOPLE;
                case "currency" -> Dimension.CURRENCY;
                case "percent" -> Dimension.PERCENT;
                case "count" -> Dimension.COUNT;
                default -> {
                    validation.problem(path + ".unit", "must be one of people, currency, percent, count");
                    yield null;
                }
            };
        }
        String aggregationText = validation.requiredString(item, "aggregation", path + ".aggregation", 20);
        Aggregation aggregation = null;
        if (aggregationText != null) {
            try {
                aggregation = Aggregation.valueOf(aggregationText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                validation.problem(path + ".aggregation", "must be sum or latest");
            }
        }
        List<String> terms = strings(item, "terms", path + ".terms", validation);
        return name == null || dimension == null || aggregation == null || terms == null ? null
                : new Metric(name, dimension, aggregation, terms);
    }

    private static Fact fact(JsonNode item, String path, Validation validation) {
        if (!item.isObject()) {
            validation.problem(path, "must be an object");
            return null;
        }
        String entity = name(item, "entity", path + ".entity", validation);
        String metric = name(item, "metric", path + ".metric", validation);
        String object = item.hasNonNull("object") ? name(item, "object", path + ".object", validation) : null;
        BigDecimal value = validation.requiredNumber(item, "value", path + ".value");
        if (value != null && value.signum() < 0) {
            validation.problem(path + ".value", "must not be negative");
        }
        String unitText = validation.requiredString(item, "unit", path + ".unit", 20);
        Unit unit = unitText == null ? null : Unit.fromCode(unitText).orElse(null);
        if (unitText != null && unit == null) {
            validation.problem(path + ".unit", "must be one of people, USD, EUR, GBP, percent, count");
        }
        boolean cumulative = false;
        if (item.has("cumulative") && !item.get("cumulative").isNull()) {
            if (item.get("cumulative").isBoolean()) {
                cumulative = item.get("cumulative").asBoolean();
            } else {
                validation.problem(path + ".cumulative", "must be true or false");
            }
        }
        Period period = period(item, path + ".period", validation);
        String source = validation.optionalUrl(item, "source", path + ".source");
        if (source == null && !validation.hasProblemAt(path + ".source")) {
            validation.problem(path + ".source", "is required: the URL of the report the figure comes from");
        }
        String sourceTitle = validation.optionalString(item, "sourceTitle", path + ".sourceTitle", Limits.MAX_TITLE_LENGTH);
        String note = validation.optionalString(item, "note", path + ".note", 2_000);
        if (entity == null || metric == null || value == null || unit == null || period == null || source == null) {
            return null;
        }
        return new Fact(Fact.identityOf(entity, metric, object, period, source), entity, metric, object, value, unit,
                cumulative, period, source, sourceTitle, note);
    }

    private static Period period(JsonNode item, String path, Validation validation) {
        JsonNode period = item.get("period");
        if (period == null || !period.isObject()) {
            validation.problem(path, "is required: {\"from\": \"2023-01-04\", \"to\": \"2023-01-04\"}");
            return null;
        }
        LocalDate from = validation.requiredDate(period, "from", path + ".from");
        LocalDate to = validation.requiredDate(period, "to", path + ".to");
        if (from == null || to == null) {
            return null;
        }
        if (to.isBefore(from)) {
            validation.problem(path, "ends before it starts");
            return null;
        }
        return new Period(from, to);
    }

    /** A catalog name: it becomes part of a DynamoDB key, so it may not hold the key separator. */
    private static String name(JsonNode item, String field, String path, Validation validation) {
        String name = validation.requiredString(item, field, path, Limits.MAX_NAME_LENGTH);
        if (name != null && (name.contains("#") || name.chars().anyMatch(Character::isISOControl))) {
            validation.problem(path, "must not contain # or control characters");
            return null;
        }
        return name == null ? null : name.strip();
    }

    private static List<String> strings(JsonNode item, String field, String path, Validation validation) {
        JsonNode list = item.get(field);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            validation.problem(path, "must be an array of strings");
            return null;
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode value = list.get(i);
            if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > Limits.MAX_NAME_LENGTH) {
                validation.problem(path + "[" + i + "]", "must be a non-blank string of at most " + Limits.MAX_NAME_LENGTH + " characters");
                return null;
            }
            strings.add(value.asText().strip());
        }
        return strings;
    }
}
