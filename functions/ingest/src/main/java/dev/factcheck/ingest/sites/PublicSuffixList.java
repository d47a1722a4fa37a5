package dev.factcheck.ingest.sites;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The registrable domain of a host name ("eTLD+1": {@code www.bbc.co.uk} → {@code bbc.co.uk},
 * {@code alice.github.io} → {@code alice.github.io}), by the Public Suffix List's algorithm: the
 * prevailing rule is an exception rule if one matches, otherwise the matching rule with the most labels
 * ({@code *} when none does), and the registrable domain is the public suffix plus one label.
 *
 * <p>The list is a snapshot kept in this module ({@code public_suffix_list.dat}, ICANN and private
 * sections, about 9,800 rules, 130 KB): a library for it would either be unmaintained with an older
 * snapshot (de.malkusch.whois-server-list:public-suffix-list, last released 2016, plus commons-lang3)
 * or far heavier (Guava). Rules and host names are compared in their ASCII (punycode) form.
 */
public final class PublicSuffixList {

    private static final String RESOURCE = "public_suffix_list.dat";

    private final Set<String> rules = new HashSet<>();
    private final Set<String> wildcards = new HashSet<>();
    private final Set<String> exceptions = new HashSet<>();

    private PublicSuffixList(InputStream list) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String rule = line.strip();
                if (rule.isEmpty() || rule.startsWith("//")) {
                    continue;
                }
                // Rules end at the first white space; the rest of a line is a comment.
                int end = 0;
                while (end < rule.length() && !Character.isWhitespace(rule.charAt(end))) {
                    end++;
                }
                rule = rule.substring(0, end);
                if (rule.startsWith("!")) {
                    exceptions.add(ascii(rule.substring(1)));
                } else if (rule.startsWith("*.")) {
                    wildcards.add(ascii(rule.substring(2)));
                } else {
                    rules.add(ascii(rule));
                }
            }
        }
    }

    /** The list kept in this module, loaded once. */
    public static PublicSuffixList bundled() {
        return Bundled.LIST;
    }

    private static final class Bundled {
        static final PublicSuffixList LIST = load();

        private static PublicSuffixList load() {
            try (InputStream list = PublicSuffixList.class.getResourceAsStream(RESOURCE)) {
                if (list == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the jar");
                }
                return new PublicSuffixList(list);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The registrable domain of {@code host} in lower-case ASCII; the host itself for an IP address;
     * empty when the host is a public suffix itself (such as {@code co.uk}) or not a valid name.
     */
    public Optional<String> registrableDomain(String host) {
        String name = normalise(host);
        if (name == null) {
            return Optional.empty();
        }
        if (isIpAddress(name)) {
            return Optional.of(name);
        }
        String[] labels = name.split("\\.");
        int suffixStart = labels.length - 1; // the implicit rule "*": the last label
        for (int i = 0; i < labels.length; i++) {
            String candidate = join(labels, i);
            if (exceptions.contains(candidate)) {
                suffixStart = i + 1;
                break;
            }
            if (rules.contains(candidate) || (i + 1 < labels.length && wildcards.contains(join(labels, i + 1)))) {
                suffixStart = i;
                break;
            }
        }
        return suffixStart == 0 ? Optional.empty() : Optional.of(join(labels, suffixStart - 1));
    }

    /** Lower case, no trailing dot, ASCII form; null when it is no host name at all. */
    static String normalise(String host) {
        if (host == null) {
            return null;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            return name;
        }
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty() || name.startsWith(".") || name.contains("..")) {
            return null;
        }
        try {
            return ascii(name);
        } catch (IllegalArgumentException notAName) {
            return null;
        }
    }

    private static boolean isIpAddress(String name) {
        return name.startsWith("[") || name.contains(":") || name.matches("[0-9]+(\\.[0-9]+){3}");
    }

    /** Punycode for internationalised names; ASCII names as they are (IDN's tables cost ~100 ms to load). */
    private static String ascii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x7f) {
                return IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static String join(String[] labels, int from) {
        return String.join(".", java.util.Arrays.copyOfRange(labels, from, labels.length));
    }
}
