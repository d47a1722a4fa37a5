package dev.factcheck.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigTest {

    private static Config read(Map<String, String> settings) {
        return Config.read(name -> Optional.ofNullable(settings.get(name)));
    }

    @Test
    void defaults_applyToEveryOptionalSetting() {
        Config config = read(Map.of("FACTS_TABLE", "facts"));

        assertThat(config.factsTable()).isEqualTo("facts");
        assertThat(config.factsCacheFor()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.requireIam()).isFalse();
        assertThat(config.fetchAllowLoopback()).isFalse();
        assertThat(config.cursorSecret()).isNull();
        assertThat(config.claimReviewAuthorName()).isEqualTo("factcheck");
        assertThat(config.claimReviewAuthorUrl()).isNull();
    }

    @Test
    void aTableTheFunctionUses_butWasNotGiven_failsNamingTheVariable() {
        Config config = read(Map.of("FACTS_TABLE", "facts"));

        assertThatThrownBy(config::articlesTable).hasMessageContaining("ARTICLES_TABLE");
        assertThatThrownBy(config::feedsTable).hasMessageContaining("FEEDS_TABLE");
    }

    @Test
    void malformedValues_failAtOnce_namingTheVariable_withoutEchoingTheValue() {
        assertThatThrownBy(() -> read(Map.of("FACTS_CACHE_SECONDS", "soon"))).hasMessageContaining("FACTS_CACHE_SECONDS")
                .hasMessageNotContaining("soon");
        assertThatThrownBy(() -> read(Map.of("FACTS_CACHE_SECONDS", "-1"))).hasMessageContaining("FACTS_CACHE_SECONDS");
        assertThatThrownBy(() -> read(Map.of("REQUIRE_IAM", "yes"))).hasMessageContaining("REQUIRE_IAM");
        assertThatThrownBy(() -> read(Map.of("FETCH_ALLOW_LOOPBACK", "1"))).hasMessageContaining("FETCH_ALLOW_LOOPBACK");
    }

    @Test
    void givenValues_areTaken() {
        Config config = read(Map.of("FACTS_CACHE_SECONDS", "0", "REQUIRE_IAM", "TRUE", "CURSOR_SECRET", "s",
                "CLAIMREVIEW_AUTHOR_NAME", "Desk", "CLAIMREVIEW_AUTHOR_URL", "https://desk.example", "FETCH_ALLOW_LOOPBACK", "true"));

        assertThat(config.factsCacheFor()).isZero();
        assertThat(config.requireIam()).isTrue();
        assertThat(config.cursorSecret()).isEqualTo("s");
        assertThat(config.claimReviewAuthorName()).isEqualTo("Desk");
        assertThat(config.claimReviewAuthorUrl()).isEqualTo("https://desk.example");
        assertThat(config.fetchAllowLoopback()).isTrue();
    }
}
