package dev.factcheck.articles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void id_isTheSameForTheSameUrl_whateverTheText() {
        assertThat(ArticleIds.of("https://news.example/a", "one text"))
                .isEqualTo(ArticleIds.of("HTTPS://News.Example:443/a#comments", "another text"));
    }

    @Test
    void id_withoutUrl_isTheSameForTextThatDiffersOnlyInWhiteSpace() {
        assertThat(ArticleIds.of(null, "Amazon cut  14,000\n jobs. "))
                .isEqualTo(ArticleIds.of("", "Amazon cut 14,000 jobs."));
    }

    @Test
    void id_differsForDifferentUrlsAndTexts_andIsWellFormed() {
        String first = ArticleIds.of("https://news.example/a", "x");
        assertThat(first).isNotEqualTo(ArticleIds.of("https://news.example/b", "x"));
        assertThat(ArticleIds.of(null, "x")).isNotEqualTo(ArticleIds.of(null, "y"));
        assertThat(ArticleIds.isWellFormed(first)).isTrue();
        assertThat(ArticleIds.isWellFormed("a_../../etc")).isFalse();
    }
}
