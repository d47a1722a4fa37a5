package dev.factcheck.claims;

import static dev.factcheck.claims.NameShapes.ORG_SUFFIXES;

import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The catalog's organisation names and aliases, matched in a sentence's tokens (longest match). */
final class CatalogNames {

    record Alias(String[] words, String entity, boolean capital) {
    }

    private final Map<String, List<Alias>> byFirstWord = new HashMap<>();

    CatalogNames(Catalog catalog) {
        for (Entity entity : catalog.entities()) {
            add(entity.name(), entity.name());
            for (String alias : entity.aliases()) {
                add(alias, entity.name());
            }
        }
    }

    private void add(String name, String entity) {
        Tokens t = Tokens.of(name, 0, name.length());
        if (t.size == 0) {
            return;
        }
        String[] words = new String[t.size];
        for (int i = 0; i < t.size; i++) {
            words[i] = t.lower(i);
        }
        List<Alias> aliases = byFirstWord.get(words[0]);
        if (aliases == null) {
            aliases = new ArrayList<>();
            byFirstWord.put(words[0], aliases);
        }
        aliases.add(new Alias(words, entity, Character.isUpperCase(name.charAt(0))));
    }

    /** Whether the names and aliases that begin with {@code word} (lower case) are all one entity's. */
    boolean oneEntityBeginsWith(String word) {
        List<Alias> candidates = byFirstWord.get(word);
        return candidates != null && candidates.stream().map(Alias::entity).distinct().count() == 1;
    }

    /** The catalog alias starting at token {@code i}: {end token, alias} or null. */
    Alias at(Tokens t, int i, int[] end) {
        List<Alias> candidates = byFirstWord.get(t.lower(i));
        if (candidates == null) {
            return null;
        }
        Alias best = null;
        for (Alias a : candidates) {
            if (a.capital && !Character.isUpperCase(t.text.charAt(t.start[i]))) {
                continue;
            }
            int n = a.words.length;
            if (i + n > t.size) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = t.lower(i + k).equals(a.words[k]);
            }
            if (ok && (best == null || n > best.words.length)) {
                best = a;
            }
        }
        if (best != null) {
            end[0] = i + best.words.length;
            // Amazon.com is Amazon, and so is Amazon.com Inc.
            if (t.isSym(end[0], '.') && t.attached(end[0]) && t.is(end[0] + 1, "com") && t.attached(end[0] + 1)) {
                end[0] += 2;
            }
            if (t.isAny(end[0], ORG_SUFFIXES) && t.capitalised(end[0])) {
                end[0]++;
                if (t.isSym(end[0], '.') && t.attached(end[0])) {
                    end[0]++;
                }
            }
        }
        return best;
    }
}
