package dev.factcheck.api.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.articles.Article;
import dev.factcheck.runtime.json.Json;
import dev.factcheck.articles.CheckedArticle;
import dev.factcheck.check.FactCheck;
import dev.factcheck.claims.Claim;
import dev.factcheck.claims.Relation;
import dev.factcheck.facts.Fact;
import dev.factcheck.review.ClaimReview;
import dev.factcheck.summary.FigureAnnotation;
import dev.factcheck.summary.SummaryRenderer;
import dev.factcheck.summary.SummarySentence;
import dev.factcheck.summary.VerifiedSummary;
import dev.factcheck.time.Period;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Verdict;
import dev.factcheck.verify.VerdictCounts;
import dev.factcheck.store.articles.ArticleListing;
import dev.factcheck.store.articles.ArticleStore;
import dev.factcheck.store.facts.FactStore;
import dev.factcheck.store.feeds.Feed;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;

/**
 * The JSON shapes of the core's records in API answers. The core carries no JSON annotations; this is
 * their one API mapping. What is stored has its own format in the store module, so a change here never
 * changes what is on disk.
 */
public final class ApiJson {

    private ApiJson() {
    }

    public static ObjectNode factCheck(FactCheck check, String checkedAt) {
        ObjectNode node = Json.object();
        checkedClaims(node.putArray("claims"), check.claims());
        node.set("summary", summary(check.summary()));
        node.put("checkedAt", checkedAt);
        node.put("factsVersion", check.factsVersion());
        return node;
    }

    /** An article with its text, checked claims and verdict counts. */
    public static ObjectNode article(CheckedArticle checked) {
        Article article = checked.article();
        ObjectNode node = Json.object();
        node.put("id", article.id());
        node.put("title", article.title());
        node.put("url", article.url());
        node.put("source", article.source());
        node.put("publishedAt", article.publishedAt().toString());
        node.put("createdAt", article.createdAt().toString());
        node.put("text", article.text());
        checkedClaims(node.putArray("claims"), checked.claims());
        counts(node.putObject("counts"), VerdictCounts.of(checked.claims()));
        node.put("factsVersion", checked.factsVersion());
        node.put("checkedAt", checked.checkedAt().toString());
        return node;
    }

    /** A page of the article list: no text, no claims, the verdict counts, and the next page's cursor. */
    public static ObjectNode articlePage(ArticleStore.Page page) {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("articles");
        for (ArticleListing article : page.articles()) {
            ObjectNode item = list.addObject().put("id", article.id()).put("title", article.title())
                    .put("url", article.url()).put("source", article.source())
                    .put("publishedAt", article.publishedAt().toString()).put("createdAt", article.createdAt().toString());
            counts(item.putObject("counts"), article.counts());
        }
        body.put("nextCursor", page.nextCursor());
        return body;
    }

    /** The JSON form of {@code GET /articles/{id}/summary}. */
    public static ObjectNode summaryAnswer(CheckedArticle article, VerifiedSummary summary) {
        ObjectNode body = summary(summary);
        body.put("articleId", article.article().id());
        body.put("title", article.article().title());
        body.put("checkedAt", article.checkedAt().toString());
        body.put("factsVersion", article.factsVersion());
        return body;
    }

    /** What one upload of reference data wrote. */
    public static ObjectNode written(FactStore.WriteCounts counts) {
        ObjectNode body = Json.object();
        body.putObject("written").put("entities", counts.entities()).put("metrics", counts.metrics())
                .put("facts", counts.facts());
        return body;
    }

    /** A registered feed with the domains it may claim besides its own, its validators, last run, totals and parked entries. */
    public static ObjectNode feed(Feed feed) {
        ObjectNode json = Json.object();
        json.put("id", feed.id());
        json.put("url", feed.url());
        json.put("name", feed.name());
        json.put("createdAt", feed.createdAt().toString());
        ArrayNode allowedDomains = json.putArray("allowedDomains");
        for (String domain : feed.allowedDomains()) {
            allowedDomains.add(domain);
        }
        json.put("etag", feed.etag());
        json.put("lastModified", feed.lastModified());
        if (feed.lastRun() == null) {
            json.putNull("lastRun");
        } else {
            Feed.LastRun run = feed.lastRun();
            json.putObject("lastRun").put("at", run.at().toString()).put("status", run.status()).put("error", run.error())
                    .put("entries", run.entries()).put("new", run.created()).put("duplicates", run.duplicates())
                    .put("failed", run.failed());
        }
        json.putObject("totals").put("new", feed.totalNew()).put("failed", feed.totalFailed());
        ArrayNode parked = json.putArray("parked");
        for (Feed.ParkedEntry entry : feed.parked()) {
            parked.addObject().put("entry", entry.entry()).put("url", entry.link())
                    .put("attempts", entry.attempts()).put("error", entry.error()).put("parkedAt", entry.parkedAt().toString());
        }
        return json;
    }

    /** {@code {"<field>": [each item's JSON]}}: the shape of every list answer. */
    public static <T> ObjectNode list(String field, List<T> items, Function<T, ObjectNode> json) {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray(field);
        for (T item : items) {
            list.add(json.apply(item));
        }
        return body;
    }

    private static void checkedClaims(ArrayNode json, List<CheckedClaim> claims) {
        for (CheckedClaim claim : claims) {
            json.add(checkedClaim(claim));
        }
    }

    /** Every verdict, zero included, so clients need no defaults. */
    public static ObjectNode counts(ObjectNode node, Map<Verdict, Integer> counts) {
        for (Verdict verdict : Verdict.values()) {
            node.put(verdict.name(), counts.getOrDefault(verdict, 0));
        }
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
        node.put("prediction", claim.prediction());
        relation(node, claim.relation());
        return node;
    }

    /** How the figure relates to others: null when it stands alone, else an object with its {@code kind}. */
    private static void relation(ObjectNode claim, Relation relation) {
        switch (relation) {
            case Relation.Standalone standalone -> claim.putNull("relation");
            case Relation.NewRound round -> claim.putObject("relation").put("kind", "new_round");
            case Relation.Total total -> claim.putObject("relation").put("kind", "total").put("rounds", total.rounds());
            case Relation.Share share -> claim.putObject("relation").put("kind", "share").put("part", share.part())
                    .put("whole", share.whole())
                    .put("wholeAsOf", share.wholeAsOf() == null ? null : share.wholeAsOf().toString());
            case Relation.Extreme extreme -> claim.putObject("relation").put("kind", "extreme")
                    .put("largest", extreme.largest())
                    .put("since", extreme.since() == null ? null : extreme.since().toString());
            case Relation.Multiple multiple -> {
                ObjectNode node = claim.putObject("relation").put("kind", "multiple").put("factor", multiple.factor());
                period(node.putObject("of"), multiple.of());
            }
        }
    }

    public static ObjectNode checkedClaim(CheckedClaim checked) {
        ObjectNode node = claim(checked.claim());
        node.put("verdict", checked.verdict().name());
        node.put("expected", checked.expected());
        ArrayNode evidence = node.putArray("evidence");
        for (Fact fact : checked.evidence()) {
            evidence.add(fact(fact));
        }
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
            for (FigureAnnotation figure : sentence.annotations()) {
                ObjectNode annotation = figures.addObject();
                annotation.put("claimId", figure.claimId());
                annotation.put("text", figure.text());
                annotation.putObject("span").put("start", figure.span().start()).put("end", figure.span().end());
                annotation.put("verdict", figure.verdict().name());
                annotation.put("expected", figure.expected());
                annotation.put("unit", figure.unit().code());
                annotation.put("recordedDate", figure.recordedDate() == null ? null : figure.recordedDate().toString());
                annotation.put("label", SummaryRenderer.label(figure));
                annotation.put("explanation", figure.explanation());
            }
        }
        counts(node.putObject("counts"), summary.counts());
        return node;
    }

    /** schema.org ClaimReview objects as JSON-LD; null fields are left out. */
    public static ArrayNode claimReviews(List<ClaimReview> reviews) {
        ArrayNode array = Json.array();
        for (ClaimReview review : reviews) {
            ObjectNode node = array.addObject();
            node.put("@context", review.context());
            node.put("@type", review.type());
            putIfPresent(node, "datePublished", review.datePublished());
            node.put("claimReviewed", review.claimReviewed());
            ObjectNode item = node.putObject("itemReviewed");
            item.put("@type", review.itemReviewed().type());
            putIfPresent(item, "appearance", review.itemReviewed().appearance());
            putIfPresent(item, "datePublished", review.itemReviewed().datePublished());
            ObjectNode rating = node.putObject("reviewRating");
            rating.put("@type", review.reviewRating().type());
            rating.put("ratingValue", review.reviewRating().ratingValue());
            rating.put("bestRating", review.reviewRating().bestRating());
            rating.put("worstRating", review.reviewRating().worstRating());
            rating.put("alternateName", review.reviewRating().alternateName());
            rating.put("ratingExplanation", review.reviewRating().ratingExplanation());
            ObjectNode author = node.putObject("author");
            author.put("@type", review.author().type());
            author.put("name", review.author().name());
            putIfPresent(author, "url", review.author().url());
        }
        return array;
    }

    private static void putIfPresent(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    private static ObjectNode period(ObjectNode node, Period period) {
        return node.put("from", period.from().toString()).put("to", period.to().toString());
    }
}
