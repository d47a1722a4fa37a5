package dev.factcheck.check;

import dev.factcheck.catalog.Catalog;
import dev.factcheck.claims.Claim;
import dev.factcheck.claims.ClaimExtractor;
import dev.factcheck.claims.ExtractionSettings;
import dev.factcheck.facts.Fact;
import dev.factcheck.facts.SeriesKey;
import dev.factcheck.summary.Summarizer;
import dev.factcheck.summary.SummaryLength;
import dev.factcheck.summary.VerifiedSummary;
import dev.factcheck.catalog.Metric;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.ReferenceRecords;
import dev.factcheck.verify.VerificationSettings;
import dev.factcheck.verify.Verifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extracts, verifies and summarises. Costs two reads of the reference data, whatever the number of
 * claims: the catalog, then every series the claims name at once.
 */
public final class FactChecker {

    public static final int DEFAULT_SUMMARY_SENTENCES = Summarizer.DEFAULT_SENTENCES;

    /** The most figures one check takes; a longer list is refused rather than cut. */
    public static final int MAX_CLAIMS = 1_000;

    private final ReferenceData reference;
    private final ExtractionSettings extractionSettings;
    private final Verifier verifier;
    private final Summarizer summarizer = new Summarizer();
    private volatile CachedExtractor cachedExtractor;

    public FactChecker(ReferenceData reference, ExtractionSettings extractionSettings,
                       VerificationSettings verificationSettings) {
        this.reference = reference;
        this.extractionSettings = extractionSettings;
        this.verifier = new Verifier(verificationSettings);
    }

    /**
     * Finds the claims in {@code text} and checks them; the summary is the default one, which shows
     * every contested figure ({@link SummaryLength#DEFAULT}).
     */
    public FactCheck check(String text, LocalDate publishedAt) {
        return check(text, publishedAt, SummaryLength.DEFAULT);
    }

    /**
     * Finds the claims in {@code text} and checks them.
     *
     * @throws TooManyClaimsException when the text holds more than {@link #MAX_CLAIMS} figures
     * @param summarySentences 1 to 10 sentences in the verified summary
     */
    public FactCheck check(String text, LocalDate publishedAt, int summarySentences) {
        return check(text, publishedAt, SummaryLength.exactly(summarySentences));
    }

    /**
     * Finds the claims in {@code text} and checks them; the summary has {@code summary}'s length.
     *
     * @throws TooManyClaimsException when the text holds more than {@link #MAX_CLAIMS} figures
     */
    public FactCheck check(String text, LocalDate publishedAt, SummaryLength summary) {
        ReferenceData.VersionedCatalog catalog = reference.catalog();
        List<Claim> claims = extractorFor(catalog).extract(text, publishedAt);
        if (claims.size() > MAX_CLAIMS) {
            throw new TooManyClaimsException(claims.size(), MAX_CLAIMS);
        }
        return verify(text, claims, publishedAt, catalog, summary);
    }

    /** Checks claims found earlier against the current reference data, without extracting again. */
    public FactCheck recheck(String text, List<Claim> claims, LocalDate publishedAt) {
        return verify(text, claims, publishedAt, reference.catalog(), SummaryLength.DEFAULT);
    }

    /**
     * Checks claims found earlier against the current reference data, without extracting again.
     *
     * @param summarySentences 1 to 10 sentences in the verified summary
     */
    public FactCheck recheck(String text, List<Claim> claims, LocalDate publishedAt, int summarySentences) {
        return verify(text, claims, publishedAt, reference.catalog(), SummaryLength.exactly(summarySentences));
    }

    /**
     * Checks claims found earlier again, but only when the reference data is no longer at
     * {@code checkedVersion}; costs one read of the version when nothing changed.
     */
    public java.util.Optional<FactCheck> recheckIfChanged(String text, List<Claim> claims, LocalDate publishedAt,
                                                         String checkedVersion) {
        return recheckIfChanged(text, claims, publishedAt, checkedVersion, SummaryLength.DEFAULT);
    }

    /**
     * Checks claims found earlier again, but only when the reference data is no longer at
     * {@code checkedVersion}; the new check's summary has {@code summarySentences} sentences.
     */
    public java.util.Optional<FactCheck> recheckIfChanged(String text, List<Claim> claims, LocalDate publishedAt,
                                                         String checkedVersion, int summarySentences) {
        return recheckIfChanged(text, claims, publishedAt, checkedVersion, SummaryLength.exactly(summarySentences));
    }

    /**
     * Checks claims found earlier again, but only when the reference data is no longer at
     * {@code checkedVersion}; the new check's summary has {@code summary}'s length.
     */
    public java.util.Optional<FactCheck> recheckIfChanged(String text, List<Claim> claims, LocalDate publishedAt,
                                                         String checkedVersion, SummaryLength summary) {
        if (reference.version().equals(checkedVersion)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(verify(text, claims, publishedAt, reference.catalog(), summary));
    }

    /** The verified summary of claims checked earlier, without reading the reference data. */
    public VerifiedSummary summarize(String text, List<CheckedClaim> checked, int summarySentences) {
        return summarizer.summarize(text, checked, summarySentences);
    }

    /** The verified summary of {@code summary}'s length of claims checked earlier, without reading the reference data. */
    public VerifiedSummary summarize(String text, List<CheckedClaim> checked, SummaryLength summary) {
        return summarizer.summarize(text, checked, summary);
    }

    private FactCheck verify(String text, List<Claim> claims, LocalDate publishedAt,
                             ReferenceData.VersionedCatalog versioned, SummaryLength summary) {
        Catalog catalog = versioned.catalog();
        Set<SeriesKey> keys = new LinkedHashSet<>();
        for (Claim claim : claims) {
            keys.addAll(Verifier.seriesOf(claim));
        }
        Map<SeriesKey, List<Fact>> series = keys.isEmpty() ? Map.of() : reference.series(keys);
        ReferenceRecords records = new ReferenceRecords() {
            @Override
            public Metric metric(String name) {
                return catalog.metric(name).orElse(null);
            }

            @Override
            public List<Fact> series(String entity, String metric, String object) {
                return series.getOrDefault(new SeriesKey(entity, metric, object), List.of());
            }
        };
        List<CheckedClaim> checked = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            checked.add(verifier.verify(claim, records, publishedAt));
        }
        checked = Collections.unmodifiableList(checked);
        return new FactCheck(checked, summarizer.summarize(text, checked, summary), versioned.version());
    }

    private ClaimExtractor extractorFor(ReferenceData.VersionedCatalog catalog) {
        CachedExtractor cached = cachedExtractor;
        // The same catalog object first: the store hands back the one it holds while the version stands,
        // and a record's equals is linked at its first call (a restored snapshot's first request).
        if (cached == null || cached.catalog != catalog.catalog() && !cached.catalog.equals(catalog.catalog())) {
            cached = new CachedExtractor(catalog.catalog(), new ClaimExtractor(catalog.catalog(), extractionSettings));
            cachedExtractor = cached;
        }
        return cached.extractor;
    }

    private record CachedExtractor(Catalog catalog, ClaimExtractor extractor) {
    }
}
