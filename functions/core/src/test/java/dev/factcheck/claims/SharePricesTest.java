package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.catalog.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15 class I: stock moves and share prices are claims about the company without a metric, in
 * every wording a markets desk uses (London prices in pence included), and so is money added to or
 * wiped off a market value.
 */
class SharePricesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Microsoft shares closed at 412p on Friday.                        | 412p       | 4.12",
            "Microsoft shares slid 4.1%, or 17p, to 398.6p.                   | 398.6p     | 3.986",
            "Microsoft shares slid 4.1%, or 17p, to 398.6p.                   | 17p        | 0.17",
            "Microsoft tumbled 9 per cent to 1,162 pence after the warning. | 1,162 pence | 11.62"})
    void sharePriceInPence_isAClaimInPounds(String sentence, String anchor, String pounds) {
        Claim claim = Stages.claim(sentence, anchor);
        assertThat(claim.unit()).isEqualTo(Unit.GBP);
        assertThat(claim.value()).isEqualByComparingTo(new BigDecimal(pounds));
        assertThat(claim.entity()).isEqualTo("Microsoft");
        assertThat(claim.metric()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Meta stock has lost a third of its value since its 2021 peak and trades near $31. | $31",
            "Shares of Microsoft, which listed at $21 in 1986, now change hands for about $520. | $520",
            "Amazon stock closed at $226.97 on Friday, valuing the retailer at $2.4 trillion.  | $226.97"})
    void sharePriceAfterAVerbOfTrading_hasNoMetric(String sentence, String anchor) {
        Claim claim = Stages.claim(sentence, anchor);
        assertThat(claim.metric()).isNull();
        assertThat(claim.entity()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Microsoft rose 6.2%, adding some $110 billion to its market value.         | $110 billion",
            "The warning wiped $40 billion off Meta's market capitalisation on Thursday. | $40 billion",
            "Amazon's slide took about $90 billion from its market cap.                  | $90 billion"})
    void moneyAddedToOrWipedOffAMarketValue_isAChange_withoutAMetric(String sentence, String anchor) {
        assertThat(Stages.claim(sentence, anchor).metric()).isNull();
    }
}
