package dev.factcheck.store.articles;

import static dev.factcheck.store.articles.ArticlesSchema.*;
import static dev.factcheck.store.format.Attributes.optional;
import static dev.factcheck.store.format.Attributes.required;
import static dev.factcheck.store.format.Attributes.s;

import dev.factcheck.articles.Article;
import dev.factcheck.articles.CheckedArticle;
import dev.factcheck.store.format.CorruptItemException;
import dev.factcheck.store.format.FormatVersion;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Verdict;
import dev.factcheck.verify.VerdictCounts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The storage format of the articles table: what an article's item holds and how, apart from where its
 * blobs live (inline or in parts, {@link ArticleStore}'s job). Version 1: attributes as
 * {@link ArticlesSchema} names them, text as gzip-compressed UTF-8, checks as gzip-compressed
 * {@link ChecksFormat} JSON, verdict counts as a map of numbers.
 */
final class ArticleItems {

    /** The format this code writes, and the newest it reads. */
    static final int FORMAT_VERSION = 1;

    private ArticleItems() {
    }

    /** The article's own attributes, without text or checks. */
    static Map<String, AttributeValue> head(Article article) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(ID, s(article.id()));
        item.put(TITLE, s(article.title()));
        if (article.url() != null) {
            item.put(URL, s(article.url()));
        }
        if (article.source() != null) {
            item.put(SOURCE, s(article.source()));
        }
        item.put(PUBLISHED_AT, s(article.publishedAt().toString()));
        item.put(CREATED_AT, s(article.createdAt().toString()));
        item.put(LIST_PK, s(LIST_PARTITION));
        item.put(LIST_SK, s(article.publishedAt() + "#" + article.createdAt() + "#" + article.id()));
        return FormatVersion.stamp(item, FORMAT_VERSION);
    }

    /** What a check writes besides the checks blob: the facts version, when, and the verdict counts. */
    static Map<String, AttributeValue> checkFields(CheckedArticle checked) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(FACTS_VERSION, s(checked.factsVersion()));
        item.put(CHECKED_AT, s(checked.checkedAt().toString()));
        Map<String, AttributeValue> counts = new HashMap<>();
        VerdictCounts.of(checked.claims()).forEach((verdict, count) ->
                counts.put(verdict.name(), AttributeValue.fromN(Integer.toString(count))));
        item.put(COUNTS, AttributeValue.fromM(counts));
        return FormatVersion.stamp(item, FORMAT_VERSION);
    }

    static byte[] text(Article article) {
        return gzip(article.text().getBytes(StandardCharsets.UTF_8));
    }

    static byte[] checks(CheckedArticle checked) {
        return gzip(ChecksFormat.write(checked.claims()));
    }

    /** The article of a head item whose blobs were read: {@code text} and {@code checks} as stored. */
    static CheckedArticle article(Map<String, AttributeValue> item, byte[] text, byte[] checks) {
        FormatVersion.of(item, FORMAT_VERSION);
        List<CheckedClaim> claims = ChecksFormat.read(gunzip(checks));
        Article article = new Article(required(item, ID), required(item, TITLE), new String(gunzip(text), StandardCharsets.UTF_8),
                optional(item, URL), optional(item, SOURCE), LocalDate.parse(required(item, PUBLISHED_AT)),
                Instant.parse(required(item, CREATED_AT)));
        return new CheckedArticle(article, claims, required(item, FACTS_VERSION), Instant.parse(required(item, CHECKED_AT)));
    }

    /**
     * An entry of the list, from the index's projection ({@code template.yaml} names its attributes;
     * the format version is not among them, so renaming one of these needs a new index as well).
     */
    static ArticleListing listing(Map<String, AttributeValue> item) {
        return new ArticleListing(required(item, ID), required(item, TITLE), optional(item, URL), optional(item, SOURCE),
                LocalDate.parse(required(item, PUBLISHED_AT)), Instant.parse(required(item, CREATED_AT)), counts(item.get(COUNTS)));
    }

    private static Map<Verdict, Integer> counts(AttributeValue value) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            AttributeValue count = value == null || !value.hasM() ? null : value.m().get(verdict.name());
            counts.put(verdict, count == null ? 0 : Integer.parseInt(count.n()));
        }
        return counts;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new CorruptItemException("a compressed attribute is unreadable", e);
        }
    }
}
