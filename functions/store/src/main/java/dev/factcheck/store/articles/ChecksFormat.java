package dev.factcheck.store.articles;

import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Bounds;
import dev.factcheck.claims.Claim;
import dev.factcheck.claims.ClaimType;
import dev.factcheck.claims.PeriodSource;
import dev.factcheck.claims.Qualifier;
import dev.factcheck.claims.Relation;
import dev.factcheck.claims.Span;
import dev.factcheck.facts.Fact;
import dev.factcheck.store.format.CorruptItemException;
import dev.factcheck.store.format.StoredJson;
import dev.factcheck.store.format.StoredObject;
import dev.factcheck.time.Period;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Verdict;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.thirdparty.jackson.core.JsonGenerator;

/**
 * The stored form of an article's checked claims (the {@code checks} blob, before compression): a JSON
 * array of claims, each with its verdict and the evidence records. This is the store's own format,
 * independent of the API's JSON: its field names may only change with a new format version, and
 * {@link #read} keeps reading every version still on disk (version 1, the only one so far, is also what
 * was stored before the format had a version). Since issue 15 a claim may carry {@code prediction: true}
 * and a {@code relation} object; both are absent for a plain claim, which reads as before.
 */
final class ChecksFormat {

    private ChecksFormat() {
    }

    static byte[] write(List<CheckedClaim> claims) {
        return StoredJson.write(json -> {
            json.writeStartArray();
            for (CheckedClaim claim : claims) {
                checkedClaim(json, claim);
            }
            json.writeEndArray();
        });
    }

    static List<CheckedClaim> read(byte[] json) {
        try {
            List<CheckedClaim> claims = new ArrayList<>();
            for (StoredObject item : StoredObject.list(StoredJson.read(json))) {
                claims.add(checkedClaim(item));
            }
            return Collections.unmodifiableList(claims);
        } catch (IOException | RuntimeException e) {
            throw e instanceof CorruptItemException corrupt ? corrupt : new CorruptItemException("unreadable checks", e);
        }
    }

    private static void checkedClaim(JsonGenerator json, CheckedClaim checked) throws IOException {
        Claim claim = checked.claim();
        json.writeStartObject();
        json.writeStringField("id", claim.id());
        json.writeStringField("text", claim.text());
        json.writeObjectFieldStart("span");
        json.writeNumberField("start", claim.span().start());
        json.writeNumberField("end", claim.span().end());
        json.writeEndObject();
        json.writeStringField("sentence", claim.sentence());
        json.writeNumberField("value", claim.value());
        json.writeStringField("unit", claim.unit().code());
        json.writeStringField("qualifier", lowerCase(claim.qualifier()));
        json.writeObjectFieldStart("bounds");
        json.writeNumberField("low", claim.bounds().low());
        json.writeNumberField("high", claim.bounds().high());
        json.writeEndObject();
        json.writeStringField("entity", claim.entity());
        json.writeStringField("object", claim.object());
        if (claim.part() != null) {
            json.writeStringField("part", claim.part());
        }
        json.writeStringField("metric", claim.metric());
        if (claim.period() == null) {
            json.writeNullField("period");
        } else {
            json.writeObjectFieldStart("period");
            period(json, claim.period());
            json.writeStringField("source", lowerCase(claim.periodSource()));
            json.writeEndObject();
        }
        json.writeStringField("type", lowerCase(claim.type()));
        // Written only when set, so that items of claims without them stay what version 1 always wrote.
        if (claim.prediction()) {
            json.writeBooleanField("prediction", true);
        }
        relation(json, claim.relation());
        json.writeStringField("verdict", checked.verdict().name());
        json.writeNumberField("expected", checked.expected());
        json.writeArrayFieldStart("evidence");
        for (Fact fact : checked.evidence()) {
            fact(json, fact);
        }
        json.writeEndArray();
        json.writeStringField("explanation", checked.explanation());
        json.writeEndObject();
    }

    /** Absent for a figure that stands alone (and in items stored before relations existed). */
    private static void relation(JsonGenerator json, Relation relation) throws IOException {
        if (relation instanceof Relation.Standalone) {
            return;
        }
        json.writeObjectFieldStart("relation");
        switch (relation) {
            case Relation.Standalone standalone -> throw new IllegalStateException("written above");
            case Relation.NewRound round -> json.writeStringField("kind", "new_round");
            case Relation.Total total -> {
                json.writeStringField("kind", "total");
                if (total.rounds() != null) {
                    json.writeNumberField("rounds", total.rounds());
                }
            }
            case Relation.Share share -> {
                json.writeStringField("kind", "share");
                json.writeStringField("part", share.part());
                json.writeStringField("whole", share.whole());
                if (share.wholeAsOf() != null) {
                    json.writeStringField("wholeAsOf", share.wholeAsOf().toString());
                }
            }
            case Relation.Extreme extreme -> {
                json.writeStringField("kind", "extreme");
                json.writeBooleanField("largest", extreme.largest());
                json.writeStringField("since", extreme.since() == null ? null : extreme.since().toString());
            }
            case Relation.Multiple multiple -> {
                json.writeStringField("kind", "multiple");
                json.writeNumberField("factor", multiple.factor());
                json.writeObjectFieldStart("of");
                period(json, multiple.of());
                json.writeEndObject();
            }
        }
        json.writeEndObject();
    }

    private static Relation relation(StoredObject item) {
        StoredObject relation = item.object("relation");
        if (relation == null) {
            return Relation.NONE;
        }
        String kind = relation.requiredString("kind");
        return switch (kind) {
            case "new_round" -> new Relation.NewRound();
            case "total" -> new Relation.Total(relation.has("rounds") ? relation.integer("rounds") : null);
            case "share" -> new Relation.Share(relation.requiredString("part"), relation.requiredString("whole"),
                    relation.has("wholeAsOf") ? LocalDate.parse(relation.requiredString("wholeAsOf")) : null);
            case "extreme" -> new Relation.Extreme(relation.bool("largest", true),
                    relation.has("since") && relation.string("since") != null ? LocalDate.parse(relation.string("since")) : null);
            case "multiple" -> new Relation.Multiple(relation.requiredDecimal("factor"), period(relation.requiredObject("of")));
            default -> throw new CorruptItemException("relation kind is not a known kind");
        };
    }

    private static void fact(JsonGenerator json, Fact fact) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", fact.id());
        json.writeStringField("entity", fact.entity());
        json.writeStringField("metric", fact.metric());
        json.writeStringField("object", fact.object());
        json.writeNumberField("value", fact.value());
        json.writeStringField("unit", fact.unit().code());
        json.writeBooleanField("cumulative", fact.cumulative());
        json.writeObjectFieldStart("period");
        period(json, fact.period());
        json.writeEndObject();
        json.writeStringField("source", fact.source());
        json.writeStringField("sourceTitle", fact.sourceTitle());
        json.writeStringField("note", fact.note());
        json.writeEndObject();
    }

    private static void period(JsonGenerator json, Period period) throws IOException {
        json.writeStringField("from", period.from().toString());
        json.writeStringField("to", period.to().toString());
    }

    private static CheckedClaim checkedClaim(StoredObject item) {
        List<Fact> evidence = new ArrayList<>();
        for (StoredObject fact : item.objects("evidence")) {
            evidence.add(fact(fact));
        }
        return new CheckedClaim(claim(item), Verdict.valueOf(item.requiredString("verdict")), item.decimal("expected"),
                Collections.unmodifiableList(evidence), item.string("explanation", ""));
    }

    private static Claim claim(StoredObject item) {
        StoredObject span = item.requiredObject("span");
        StoredObject bounds = item.requiredObject("bounds");
        StoredObject period = item.object("period");
        return new Claim(item.requiredString("id"), item.requiredString("text"),
                new Span(span.integer("start"), span.integer("end")), item.string("sentence", ""),
                item.requiredDecimal("value"), unit(item), item.has("qualifier") ? upper(Qualifier.class, item.string("qualifier")) : null,
                new Bounds(bounds.requiredDecimal("low"), bounds.decimal("high")),
                item.string("entity"), item.string("object"), item.string("metric"),
                period == null ? null : period(period),
                period == null ? PeriodSource.NONE : upper(PeriodSource.class, period.string("source", "explicit")),
                upper(ClaimType.class, item.string("type", "statistical")), relation(item),
                item.bool("prediction", false), item.string("part"));
    }

    private static Fact fact(StoredObject item) {
        return new Fact(item.requiredString("id"), item.requiredString("entity"), item.requiredString("metric"),
                item.string("object"), item.requiredDecimal("value"), unit(item), item.bool("cumulative", false),
                period(item.requiredObject("period")), item.requiredString("source"), item.string("sourceTitle"),
                item.string("note"));
    }

    private static Period period(StoredObject period) {
        return new Period(LocalDate.parse(period.requiredString("from")), LocalDate.parse(period.requiredString("to")));
    }

    private static Unit unit(StoredObject item) {
        String code = item.requiredString("unit");
        return Unit.fromCode(code).orElseThrow(() -> new CorruptItemException("unit is not a known unit"));
    }

    private static <E extends Enum<E>> E upper(Class<E> type, String name) {
        return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    }

    private static String lowerCase(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
