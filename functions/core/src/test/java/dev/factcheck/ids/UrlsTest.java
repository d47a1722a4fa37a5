package dev.factcheck.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://news.example/a", "https://news.example", "HTTPS://News.Example:8443/a?b=c"})
    void webUrl_isAnAbsoluteHttpOrHttpsUrlWithAHost(String url) {
        assertThat(Urls.isWebUrl(url)).isTrue();
        assertThat(Urls.isWebUrlWithoutUserInfo(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://news.example/a", "/relative/path", "news.example/a", "http:///no-host", "http://bad host/",
            "mailto:desk@news.example", "javascript:alert(1)", ""})
    void webUrl_refusesOtherSchemesRelativeUrlsAndUrlsWithoutAHost(String url) {
        assertThat(Urls.isWebUrl(url)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user@news.example/a", "http://user:secret@news.example/"})
    void webUrlWithoutUserInfo_refusesUserInfo(String url) {
        assertThat(Urls.isWebUrl(url)).isTrue();
        assertThat(Urls.isWebUrlWithoutUserInfo(url)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"http,true", "HTTPS,true", "Http,true", "ftp,false", "file,false", "'',false"})
    void webScheme_isHttpOrHttpsInAnyCase(String scheme, boolean web) {
        assertThat(Urls.isWebScheme(scheme)).isEqualTo(web);
    }

    @ParameterizedTest
    @NullSource
    void webScheme_andWebPrefix_areFalseForNull(String nothing) {
        assertThat(Urls.isWebScheme(nothing)).isFalse();
        assertThat(Urls.hasWebPrefix(nothing)).isFalse();
        assertThat(Urls.webHost(nothing)).isNull();
        assertThat(Urls.resolve(URI.create("https://news.example/feed"), nothing)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"http://a.example,true", "HTTPS://a.example/x,true", "https:/a.example,false", "ftp://a.example,false",
            "' http://a.example',false", "http,false"})
    void webPrefix_isAnHttpOrHttpsSchemeWithSlashesAtTheStart(String url, boolean web) {
        assertThat(Urls.hasWebPrefix(url)).isEqualTo(web);
    }

    @ParameterizedTest
    @CsvSource({"https://News.Example/a,News.Example", "'  http://news.example:8080/a  ',news.example",
            "ftp://news.example/a,", "/relative,", "http://bad host/,"})
    void webHost_isTheHostOfAnAbsoluteWebUrl_elseNull(String url, String host) {
        assertThat(Urls.webHost(url)).isEqualTo(host);
    }

    @ParameterizedTest
    @CsvSource({
            "/2026/story,https://news.example/2026/story",
            "story,https://news.example/feeds/story",
            "'  https://other.example/x  ',https://other.example/x",
            "//cdn.example/a,https://cdn.example/a",
            "mailto:desk@news.example,mailto:desk@news.example",
            "'  not a url  ',not a url"})
    void resolve_resolvesAgainstTheFeed_andKeepsWhatIsNotAWebUrlAsWritten(String link, String expected) {
        assertThat(Urls.resolve(URI.create("https://news.example/feeds/main.xml"), link)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void resolve_isNullForABlankLink(String link) {
        assertThat(Urls.resolve(URI.create("https://news.example/feed"), link)).isNull();
    }
}
