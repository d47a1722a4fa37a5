package dev.factcheck.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSafeJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "</script><img src=x onerror=alert(1)>",
        "</SCRIPT ><script>alert(1)</script>",
        "<!-- <script> comment trick",
        "Tom & Jerry > Itchy",
        "line\u2028separator and paragraph\u2029separator",
        "plain title, 14,000 jobs"})
    void jsonLd_pastedIntoAScriptBlock_readsBackUnchangedAndAddsNoElement(String hostileTitle) throws Exception {
        ObjectNode review = Json.object();
        review.put("@type", "ClaimReview");
        review.putObject("itemReviewed").put("name", hostileTitle);

        String pasted = Json.writeHtmlSafe(review);
        Document page = Jsoup.parse("<html><head><script type=\"application/ld+json\">" + pasted
                + "</script></head><body><p id=after>after</p></body></html>");

        assertThat(pasted).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("img")).isEmpty();
        assertThat(page.getElementById("after")).isNotNull();
        JsonNode readBack = Json.read(page.selectFirst("script").data());
        assertThat(readBack).isEqualTo(review);
    }
}
