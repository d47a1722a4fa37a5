package dev.factcheck.store.format;

import dev.factcheck.articles.Article;
import dev.factcheck.articles.CheckedArticle;
import dev.factcheck.catalog.Aggregation;
import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Entity;
import dev.factcheck.catalog.Metric;
import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Bounds;
import dev.factcheck.claims.Claim;
import dev.factcheck.claims.ClaimType;
import dev.factcheck.claims.PeriodSource;
import dev.factcheck.claims.Qualifier;
import dev.factcheck.claims.Span;
import dev.factcheck.facts.Fact;
import dev.factcheck.time.Period;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Verdict;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The domain values the storage-format fixtures hold: every optional field both present and absent,
 * every enum written in lower or upper case as the format does. The fixture files under
 * {@code src/test/resources/format/} are these values as some version of the code stored them.
 */
public final class FormatFixtures {

    public static final String ARTICLE_ID = "a_0123456789abcdef01234567";
    public static final String FEED_URL = "https://news.example/rss.xml";
    public static final String ENTRY_DONE = "urn:entry:done";
    public static final String ENTRY_FAILED = "urn:entry:failed";
    public static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    private FormatFixtures() {
    }

    public static Entity entity() {
        return new Entity("Acme", List.of("Acme Corp.", "Acme Inc."));
    }

    public static Metric metric() {
        return new Metric("layoffs", Dimension.PEOPLE, Aggregation.SUM, List.of("job cuts", "layoffs"));
    }

    /** A record with every optional field. */
    public static Fact fullFact() {
        Period period = new Period(LocalDate.parse("2025-10-01"), LocalDate.parse("2025-10-28"));
        return new Fact(Fact.identityOf("Acme", "layoffs", "Example Labs", period, "https://example.org/report"), "Acme",
                "layoffs", "Example Labs", new BigDecimal("14000"), Unit.PEOPLE, true, period,
                "https://example.org/report", "Annual report", "as filed");
    }

    /** A record with none of them. */
    public static Fact bareFact() {
        Period period = new Period(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"));
        return new Fact(Fact.identityOf("Acme", "revenue", null, period, "https://example.org/10k"), "Acme", "revenue",
                null, new BigDecimal("4250000000"), Unit.fromCode("USD").orElseThrow(), false, period,
                "https://example.org/10k", null, null);
    }

    public static CheckedArticle article() {
        String text = "Acme is laying off approximately 14,000 employees. Revenue was $4.25 billion.";
        Article article = new Article(ARTICLE_ID, "Acme cuts", text, "https://news.example/acme", "Example News",
                LocalDate.parse("2025-10-28"), Instant.parse("2025-10-29T09:00:00Z"));
        Claim hedged = new Claim("c1", "approximately 14,000 employees", new Span(19, 49),
                "Acme is laying off approximately 14,000 employees.", new BigDecimal("14000"), Unit.PEOPLE,
                Qualifier.APPROXIMATELY, new Bounds(new BigDecimal("13300"), new BigDecimal("14700")), "Acme", "Example Labs",
                "layoffs", new Period(LocalDate.parse("2025-10-01"), LocalDate.parse("2025-10-28")), PeriodSource.RELATIVE,
                ClaimType.STATISTICAL);
        Claim bare = new Claim("c2", "$4.25 billion", new Span(63, 76), "Revenue was $4.25 billion.",
                new BigDecimal("4250000000"), Unit.fromCode("USD").orElseThrow(), null, new Bounds(new BigDecimal("4245000000"), null),
                null, null, null, null, PeriodSource.NONE, ClaimType.INTERVAL);
        return new CheckedArticle(article, List.of(
                new CheckedClaim(hedged, Verdict.SUPPORTED, new BigDecimal("14000"), List.of(fullFact()), "Within the band."),
                new CheckedClaim(bare, Verdict.UNVERIFIED, null, List.of(), "No entity.")),
                "7", Instant.parse("2025-10-29T09:00:01Z"));
    }
}
