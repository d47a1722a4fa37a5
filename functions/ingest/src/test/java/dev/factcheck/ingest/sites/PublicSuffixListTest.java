package dev.factcheck.ingest.sites;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicSuffixListTest {

    private static final PublicSuffixList LIST = PublicSuffixList.bundled();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // one-label public suffixes (and the implicit "*" rule for names outside the list)
            "example.com, example.com",
            "www.example.com, example.com",
            "a.b.c.example.com, example.com",
            "news.test, news.test",
            "www.news.test, news.test",
            // multi-label ICANN suffixes
            "www.bbc.co.uk, bbc.co.uk",
            "bbc.co.uk, bbc.co.uk",
            "www.abc.net.au, abc.net.au",
            "www.asahi.co.jp, asahi.co.jp",
            // private suffixes: each user's site is a site of its own
            "alice.github.io, alice.github.io",
            "www.alice.github.io, alice.github.io",
            "myblog.blogspot.com, myblog.blogspot.com",
            // wildcard and exception rules (*.ck, !www.ck; *.kawasaki.jp, !city.kawasaki.jp)
            "a.b.ck, a.b.ck",
            "www.ck, www.ck",
            "a.www.ck, www.ck",
            "foo.bar.kawasaki.jp, foo.bar.kawasaki.jp",
            "www.city.kawasaki.jp, city.kawasaki.jp",
            // case, trailing dot, internationalised names (compared as punycode), addresses
            "WWW.Example.COM., example.com",
            "www.münchen.de, xn--mnchen-3ya.de",
            "www.xn--mnchen-3ya.de, xn--mnchen-3ya.de",
            "127.0.0.1, 127.0.0.1",
            "[::1], [::1]"
    })
    void registrableDomain_followsThePublicSuffixListRules(String host, String expected) {
        assertThat(LIST.registrableDomain(host)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"co.uk", "com", "github.io", "b.ck", "", ".", "a..b", ".example.com"})
    void publicSuffixesThemselves_andNonNames_haveNoRegistrableDomain(String host) {
        assertThat(LIST.registrableDomain(host)).isEmpty();
    }
}
