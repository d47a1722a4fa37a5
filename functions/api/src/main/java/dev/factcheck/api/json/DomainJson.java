package dev.factcheck.api.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.api.http.Json;
import dev.factcheck.check.FactCheck;
import dev.factcheck.claims.Claim;
import dev.factcheck.facts.Fact;
import dev.factcheck.summary.SummarySentence;
import dev.factcheck.summary.VerifiedSummary;
import dev.factcheck.time.Period;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Verdict;
import java.util.Locale;

/** The JSON shapes of the core's records. The core carries no JSON annotations; this is its one mapping. */
public final class DomainJson {

    private DomainJson() {
    }

    public static ObjectNode factCheck(FactCheck check, String checkedAt) {
        ObjectNode node = Json.object();
        ArrayNode claims = node.putArray("claims");
        check.claims().forEach(claim -> claims.add(checkedClaim(claim)));
        node.set("summary", summary(check.summary()));
        node.put("checkedAt", checkedAt);
        node.put("factsVersion", check.factsVersion());
        return node;
    }

    public static ObjectNode claim(Claim claim) {
        ObjectNode node = Json.object();
        node.put("id", claim.id());
        node.put("text", claim.text());
        node.putObject("span").put("start", claim.span().start()).put("end", claim.span().end());
        node.put("sentence", claim.sentence());
        node.put("value", claim.value());
        node.put("unit", claim.unit().code());
        node.put("qualifier", claim.qualifier() == null ? null : claim.qualifier().name().toLowerCase(Locale.ROOT));
        ObjectNode bounds = node.putObject("bounds");
        bounds.put("low", claim.bounds().low());
        bounds.put("high", claim.bounds().high());
        node.put("entity", claim.entity());
        node.put("object", claim.object());
        node.put("metric", claim.metric());
        if (claim.period() == null) {
            node.putNull("period");
        } else {
            period(node.putObject("period"), claim.period()).put("source", claim.periodSource().name().toLowerCase(Locale.ROOT));
        }
        node.put("type", claim.type().name().toLowerCase(Locale.ROOT));
        return node;
    }

    public static ObjectNode checkedClaim(CheckedClaim checked) {
        ObjectNode node = claim(checked.claim());
        node.put("verdict", checked.verdict().name());
        node.put("expected", checked.expected());
        ArrayNode evidence = node.putArray("evidence");
        checked.evidence().forEach(fact -> evidence.add(fact(fact)));
        node.put("explanation", checked.explanation());
        return node;
    }

    public static ObjectNode fact(Fact fact) {
        ObjectNode node = Json.object();
        node.put("id", fact.id());
        node.put("entity", fact.entity());
        node.put("metric", fact.metric());
        node.put("object", fact.object());
        node.put("value", fact.value());
        node.put("unit", fact.unit().code());
        node.put("cumulative", fact.cumulative());
        period(node.putObject("period"), fact.period());
        node.put("source", fact.source());
        node.put("sourceTitle", fact.sourceTitle());
        node.put("note", fact.note());
        return node;
    }

    public static ObjectNode summary(VerifiedSummary summary) {
        ObjectNode node = Json.object();
        ArrayNode sentences = node.putArray("sentences");
        for (SummarySentence sentence : summary.sentences()) {
            ObjectNode item = sentences.addObject();
            item.put("index", sentence.index());
            item.put("text", sentence.text());
            ArrayNode figures = item.putArray("figures");
            for (CheckedClaim claim : sentence.claims()) {
                figures.addObject().put("claimId", claim.claim().id()).put("text", claim.claim().text())
                        .put("verdict", claim.verdict().name()).put("expected", claim.expected());
            }
        }
        ObjectNode counts = node.putObject("counts");
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict.name(), summary.counts().getOrDefault(verdict, 0));
        }
        return node;
    }

    private static ObjectNode period(ObjectNode node, Period period) {
        return node.put("from", period.from().toString()).put("to", period.to().toString());
    }
}
