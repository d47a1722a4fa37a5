package dev.factcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Entity;
import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.ExtractionSettings;
import dev.factcheck.facts.Fact;
import dev.factcheck.facts.SeriesKey;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Verdict;
import dev.factcheck.verify.VerificationSettings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The convention on stock moves and share prices (issue 15, class I): they are claims about the
 * company, but no reference record holds share prices, so they have no metric and stay UNVERIFIED
 * with an explanation that names the figure's own words.
 */
class StockMoveClaimsTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2025-10-28");

    /** A catalog that knows the companies and holds no records at all. */
    private static final ReferenceData NO_RECORDS = new ReferenceData() {
        @Override
        public VersionedCatalog catalog() {
            return new VersionedCatalog(Catalog.of(List.of(new Entity("Microsoft", List.of()),
                    new Entity("Amazon", List.of())), List.of()), "v1");
        }

        @Override
        public Map<SeriesKey, List<Fact>> series(Set<SeriesKey> keys) {
            return keys.stream().collect(Collectors.toMap(k -> k, k -> List.<Fact>of()));
        }
    };

    private static final FactChecker CHECKER = new FactChecker(NO_RECORDS, ExtractionSettings.DEFAULTS,
            VerificationSettings.DEFAULTS);

    @Test
    void stockMoveAndSharePrice_areClaimsOfTheCompanyWithoutAMetric_unverifiedNamingTheirWords() {
        List<CheckedClaim> checked = CHECKER.check(
                "Microsoft said it would hire 300 people in Dublin. Microsoft shares slid 4.2% in late trading to $388.50.",
                PUBLISHED).claims();

        CheckedClaim move = find(checked, "4.2");
        CheckedClaim price = find(checked, "388.5");
        assertThat(move.claim().unit()).isEqualTo(Unit.PERCENT);
        assertThat(price.claim().unit()).isEqualTo(Unit.USD);
        for (CheckedClaim c : List.of(move, price)) {
            assertThat(c.claim().entity()).isEqualTo("Microsoft");
            assertThat(c.claim().metric()).isNull();
            assertThat(c.claim().object()).isNull();
            assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIED);
        }
        assertThat(move.explanation()).startsWith("No metric for 'shares slid 4.2%'");
        assertThat(price.explanation()).startsWith("No metric for '").contains("$388.50");
    }

    @Test
    void stockMoveOverAPeriod_keepsThePeriodAsWritten_andTheCompanyOfItsPossessive() {
        CheckedClaim move = find(CHECKER.check("Amazon opened two warehouses in Ohio. Its shares have gained 12% this year.",
                PUBLISHED).claims(), "12");

        assertThat(move.claim().entity()).isEqualTo("Amazon");
        assertThat(move.claim().metric()).isNull();
        assertThat(move.claim().period()).hasToString("2025-01-01..2025-12-31");
        assertThat(move.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(move.explanation()).startsWith("No metric for 'have gained 12%'");
    }

    private static CheckedClaim find(List<CheckedClaim> checked, String value) {
        return checked.stream().filter(c -> c.claim().value().compareTo(new BigDecimal(value)) == 0).findFirst()
                .orElseThrow(() -> new AssertionError("no claim of " + value + " in " + checked));
    }
}
