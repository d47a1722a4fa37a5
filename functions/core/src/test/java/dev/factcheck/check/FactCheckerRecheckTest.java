package dev.factcheck.check;

import static dev.factcheck.verify.TestClaims.claim;
import static dev.factcheck.verify.TestClaims.fact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Entity;
import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Claim;
import dev.factcheck.facts.Fact;
import dev.factcheck.facts.SeriesKey;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.VerificationSettings;
import dev.factcheck.verify.Verdict;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactCheckerRecheckTest {

    /** recheck never extracts; passing no extraction settings keeps this test independent of the extractor. */
    private static final dev.factcheck.claims.ExtractionSettings NO_EXTRACTION = null;

    private static final String TEXT = "Amazon cut 12,000 roles in March 2023. It has put $4B into Anthropic. "
            + "Tesla trimmed 3,000 jobs.";

    /** Reference data in memory that counts its reads. */
    private static final class CountingReference implements ReferenceData {
        final List<Fact> facts;
        int catalogReads;
        int versionReads;
        int seriesReads;

        CountingReference(List<Fact> facts) {
            this.facts = facts;
        }

        @Override
        public VersionedCatalog catalog() {
            catalogReads++;
            return new VersionedCatalog(Catalog.of(List.of(new Entity("Amazon", List.of())), List.of()), "v7");
        }

        @Override
        public String version() {
            versionReads++;
            return "v7";
        }

        @Override
        public Map<SeriesKey, List<Fact>> series(Set<SeriesKey> keys) {
            seriesReads++;
            Map<SeriesKey, List<Fact>> found = new HashMap<>();
            for (SeriesKey key : keys) {
                found.put(key, facts.stream().filter(f -> f.series().equals(key)).toList());
            }
            return found;
        }
    }

    private static List<Claim> claims() {
        return List.of(
                claim().id("c1").in(TEXT, "12,000").value("12000").bounds("11500", "12500")
                        .period("2023-03-01", "2023-03-31").build(),
                claim().id("c2").in(TEXT, "$4B").value("4000000000").unit(Unit.USD)
                        .bounds("3500000000", "4500000000").metric("investment").object("Anthropic").build(),
                claim().id("c3").in(TEXT, "3,000").value("3000").bounds("2500", "3500").entity(null).build());
    }

    @Test
    void recheck_verifiesStoredClaimsWithOneCatalogAndOneSeriesRead() {
        CountingReference reference = new CountingReference(List.of(
                fact("Amazon", "layoffs", null, "9000", Unit.PEOPLE, false, "2023-03-20"),
                fact("Amazon", "investment", "Anthropic", "4000000000", Unit.USD, true, "2024-03-27"),
                fact("Amazon", "investment", "Anthropic", "8000000000", Unit.USD, true, "2024-11-22")));
        FactChecker checker = new FactChecker(reference, NO_EXTRACTION, VerificationSettings.DEFAULTS);

        FactCheck check = checker.recheck(TEXT, claims(), LocalDate.parse("2025-10-28"));

        assertThat(check.claims()).extracting(CheckedClaim::verdict)
                .containsExactly(Verdict.CONTRADICTED, Verdict.OUTDATED, Verdict.UNVERIFIED);
        assertThat(check.factsVersion()).isEqualTo("v7");
        assertThat(check.summary().sentences()).hasSize(3);
        assertThat(check.summary().counts()).containsEntry(Verdict.SUPPORTED, 0).containsEntry(Verdict.OUTDATED, 1);
        assertThat(reference.catalogReads).isEqualTo(1);
        assertThat(reference.seriesReads).isEqualTo(1);
    }

    @Test
    void recheckIfChanged_readsOnlyTheVersion_whenTheClaimsWereCheckedAgainstIt() {
        CountingReference reference = new CountingReference(List.of());
        FactChecker checker = new FactChecker(reference, NO_EXTRACTION, VerificationSettings.DEFAULTS);

        assertThat(checker.recheckIfChanged(TEXT, claims(), LocalDate.parse("2025-10-28"), "v7")).isEmpty();
        assertThat(reference.versionReads).isEqualTo(1);
        assertThat(reference.catalogReads).isZero();
        assertThat(reference.seriesReads).isZero();
    }

    @Test
    void recheckIfChanged_verifiesAgainstTheCurrentCatalog_whenTheVersionMoved() {
        CountingReference reference = new CountingReference(List.of(
                fact("Amazon", "layoffs", null, "9000", Unit.PEOPLE, false, "2023-03-20")));
        FactChecker checker = new FactChecker(reference, NO_EXTRACTION, VerificationSettings.DEFAULTS);

        FactCheck check = checker.recheckIfChanged(TEXT, claims(), LocalDate.parse("2025-10-28"), "v6").orElseThrow();

        assertThat(check.factsVersion()).isEqualTo("v7");
        assertThat(check.claims().getFirst().verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(reference.catalogReads).isEqualTo(1);
        assertThat(reference.seriesReads).isEqualTo(1);
    }

    @Test
    void recheck_takesTheSummaryLength() {
        FactChecker checker = new FactChecker(new CountingReference(List.of()), NO_EXTRACTION,
                VerificationSettings.DEFAULTS);
        assertThat(checker.recheck(TEXT, claims(), LocalDate.parse("2025-10-28"), 1).summary().sentences()).hasSize(1);
    }
}
