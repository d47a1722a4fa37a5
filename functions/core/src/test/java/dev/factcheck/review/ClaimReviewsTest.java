package dev.factcheck.review;

import static dev.factcheck.verify.TestClaims.claim;
import static dev.factcheck.verify.TestClaims.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Claim;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimReviewsTest {

    private static final Author AUTHOR = Author.organization("Factcheck Desk", "https://factcheck.example");
    private static final ArticleRef ARTICLE = new ArticleRef("https://news.example/retailer-cuts",
            LocalDate.parse("2025-10-28"));

    private static CheckedClaim outdated() {
        Claim claim = claim().id("c3").text("$4B").sentence("The retailer has put $4B into the AI lab so far.")
                .value("4000000000").unit(Unit.USD).bounds("3500000000", "4500000000").metric("investment")
                .object("Anthropic").build();
        return new CheckedClaim(claim, Verdict.OUTDATED, new BigDecimal("8000000000"),
                List.of(fact("Amazon", "investment", "Anthropic", "4000000000", Unit.USD, true, "2024-03-27"),
                        fact("Amazon", "investment", "Anthropic", "8000000000", Unit.USD, true, "2024-11-22")),
                "The figure matches an earlier record.");
    }

    @Test
    void review_carriesSentenceArticleVerdictExplanationAndAuthor() {
        List<ClaimReview> reviews = ClaimReviews.of(List.of(outdated()), ARTICLE, AUTHOR, LocalDate.parse("2025-10-29"));

        assertThat(reviews).hasSize(1);
        ClaimReview review = reviews.getFirst();
        assertThat(review.context()).isEqualTo("https://schema.org");
        assertThat(review.type()).isEqualTo("ClaimReview");
        assertThat(review.claimReviewed()).isEqualTo("The retailer has put $4B into the AI lab so far.");
        assertThat(review.itemReviewed().type()).isEqualTo("Claim");
        assertThat(review.itemReviewed().appearance()).isEqualTo("https://news.example/retailer-cuts");
        assertThat(review.itemReviewed().datePublished()).isEqualTo(LocalDate.parse("2025-10-28"));
        assertThat(review.reviewRating().type()).isEqualTo("Rating");
        assertThat(review.reviewRating().alternateName()).isEqualTo("OUTDATED");
        assertThat(review.reviewRating().ratingValue()).isEqualTo(2);
        assertThat(review.reviewRating().bestRating()).isEqualTo(4);
        assertThat(review.reviewRating().worstRating()).isEqualTo(1);
        assertThat(review.reviewRating().ratingExplanation()).isEqualTo("The figure matches an earlier record.");
        assertThat(review.author()).isEqualTo(new Author("Organization", "Factcheck Desk", "https://factcheck.example"));
        assertThat(review.datePublished()).isEqualTo(LocalDate.parse("2025-10-29"));
    }

    @Test
    void appearance_isNullWhenTheArticleUrlIsUnknown() {
        ClaimReview review = ClaimReviews.of(List.of(outdated()), new ArticleRef(null, null), AUTHOR).getFirst();
        assertThat(review.itemReviewed().appearance()).isNull();
        assertThat(review.itemReviewed().datePublished()).isNull();
        assertThat(review.datePublished()).isNull();
    }

    @Test
    void claimReviewed_fallsBackToClaimTextWithoutSentence() {
        Claim claim = claim().text("14,000").sentence(" ").build();
        CheckedClaim checked = new CheckedClaim(claim, Verdict.UNVERIFIED, null, List.of(), "No records.");
        assertThat(ClaimReviews.of(List.of(checked), ARTICLE, AUTHOR).getFirst().claimReviewed()).isEqualTo("14,000");
    }

    @Test
    void reviews_keepOneObjectPerClaimInOrder() {
        CheckedClaim first = new CheckedClaim(claim().id("c1").build(), Verdict.SUPPORTED, null, List.of(), "a");
        CheckedClaim second = new CheckedClaim(claim().id("c2").build(), Verdict.CONTRADICTED, null, List.of(), "b");
        assertThat(ClaimReviews.of(List.of(first, second), ARTICLE, AUTHOR))
                .extracting(r -> r.reviewRating().alternateName())
                .containsExactly("SUPPORTED", "CONTRADICTED");
    }

    @ParameterizedTest
    @CsvSource({"CONTRADICTED, 1", "OUTDATED, 2", "UNVERIFIED, 3", "SUPPORTED, 4"})
    void ratingScale_runsFromKnownWrongToKnownRight(Verdict verdict, int value) {
        assertThat(Rating.valueOf(verdict)).isEqualTo(value).isBetween(Rating.WORST, Rating.BEST);
    }

    @Test
    void ratingScale_givesEveryVerdictItsOwnValue() {
        assertThat(Arrays.stream(Verdict.values()).map(Rating::valueOf).distinct()).hasSize(Verdict.values().length);
    }

    @Test
    void author_isConfigurableAsOrganizationOrPerson() {
        assertThat(new Author("Person", "A. Checker", null).type()).isEqualTo("Person");
        assertThatThrownBy(() -> new Author("Robot", "x", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
