package dev.factcheck.claims;

import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds organisation names in a sentence: catalog names and aliases (longest match), coreferences,
 * and capitalised names the catalog does not know, told apart from people's names by titles and
 * speech verbs.
 */
final class EntityFinder {

    private static final Set<String> COREF_HEADS = Set.of(
            "company", "firm", "retailer", "giant", "group", "maker", "startup", "chipmaker", "automaker",
            "carmaker", "conglomerate", "business", "corporation", "platform", "provider", "owner", "lab", "developer");

    /** Words that end an organisation's name: Inc, Corp, Group, Holdings. */
    static final Set<String> ORG_SUFFIXES = Set.of(
            "inc", "corp", "corporation", "ltd", "plc", "llc", "co", "group", "holdings", "technologies", "labs",
            "systems", "motors", "bank", "ag", "sa", "se", "nv", "gmbh");

    static final String BULLETS = "\"'\u201c\u2018(\u2013\u2014-\u2022*\u00b7";

    private record Alias(String[] words, String entity, boolean capital) {
    }

    private final Map<String, List<Alias>> byFirstWord = new HashMap<>();

    EntityFinder(Catalog catalog) {
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
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>())
                .add(new Alias(words, entity, Character.isUpperCase(name.charAt(0))));
    }

    /** The catalog alias starting at token {@code i}: {end token, alias} or null. */
    private Alias catalogAt(Tokens t, int i, int[] end) {
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

    List<Mention> find(Tokens t, boolean[] taken, Set<String> personNames) {
        boolean titleCase = titleCase(t);
        List<Mention> mentions = new ArrayList<>();
        int[] end = new int[1];
        int i = 0;
        while (i < t.size) {
            if (!t.isWord(i)) {
                i++;
                continue;
            }
            String prev = t.lower(i - 1);
            boolean prep = Lexicon.PREPOSITIONS.contains(prev);
            boolean place = Lexicon.PLACE_PREPOSITIONS.contains(prev);
            Alias alias = taken[i] ? null : catalogAt(t, i, end);
            if (alias != null) {
                mentions.add(new Mention(i, end[0], Mention.Kind.CATALOG, alias.entity, alias.entity, prep, place));
                i = end[0];
                continue;
            }
            String w = t.lower(i);
            if (w.equals("it") || w.equals("its")) {
                mentions.add(new Mention(i, i + 1, Mention.Kind.COREF, t.text(i), null, prep, false));
                i++;
                continue;
            }
            if (w.equals("the")) {
                int k = i + 1;
                int limit = Math.min(t.size, i + 9);
                while (k < limit && (t.isWord(k) || t.isSymAny(k, "-,")) && !COREF_HEADS.contains(t.lower(k))
                        && !(t.is(k, "start") && t.isSym(k + 1, '-') && t.is(k + 2, "up"))) {
                    k++;
                }
                if (k + 2 < limit && t.is(k, "start") && t.isSym(k + 1, '-') && t.is(k + 2, "up")) {
                    k += 2; // the start-up
                    mentions.add(new Mention(i, k + 1, Mention.Kind.COREF, t.text.substring(t.start[i], t.end[k]),
                            null, prep, false));
                    i = k + 1;
                    continue;
                }
                if (k < limit && t.isWord(k) && COREF_HEADS.contains(t.lower(k))
                        && !t.is(k + 1, "of")) {
                    mentions.add(new Mention(i, k + 1, Mention.Kind.COREF, t.text.substring(t.start[i], t.end[k]),
                            null, prep, false));
                    i = k + 1;
                    continue;
                }
            }
            if (!taken[i] && t.capitalised(i) && isNameWord(t, i)) {
                int j = i + 1;
                while (j < t.size && !taken[j] && t.capitalised(j) && (isNameWord(t, j) || t.text(j).equals("AI"))
                        && catalogAt(t, j, end) == null && !t.attached(j)) {
                    j++;
                }
                boolean suffixed = false;
                while (j < t.size && t.capitalised(j) && t.isAny(j, ORG_SUFFIXES)) {
                    j++; // BT Group, Acme Holdings
                    suffixed = true;
                }
                int mentionEnd = j;
                String surface = t.text.substring(t.start[i], t.end[j - 1]);
                if (isPerson(t, i, j, personNames)) {
                    for (int k = i; k < j; k++) {
                        personNames.add(t.text(k));
                    }
                    personNames.add(surface);
                } else if (!titleCase && !suffixed && sentenceInitial(t, i) && !subjectLike(t, j)) {
                    // A capitalised ordinary word opening the sentence.
                } else if (!mentions.isEmpty() && mentions.get(mentions.size() - 1).end == i
                        && mentions.get(mentions.size() - 1).kind == Mention.Kind.CATALOG) {
                    // Amazon Web Services, Google Cloud: a part named after the entity.
                    Mention owner = mentions.remove(mentions.size() - 1);
                    mentions.add(new Mention(owner.start, mentionEnd, Mention.Kind.CATALOG, owner.surface, owner.entity,
                            owner.prepositional, owner.placeLike));
                } else {
                    Mention m = new Mention(i, mentionEnd, Mention.Kind.UNKNOWN, surface, null, prep, place);
                    // Amazon's Prime Video: a part of the entity before the possessive.
                    if (!mentions.isEmpty() && i >= 3 && t.is(i - 1, "s") && t.isSymAny(i - 2, "'\u2019")) {
                        Mention owner = mentions.get(mentions.size() - 1);
                        if (owner.end == i - 2 && owner.kind == Mention.Kind.CATALOG) {
                            m = new Mention(i, mentionEnd, Mention.Kind.CATALOG, surface, owner.entity, prep, place);
                        }
                    }
                    mentions.add(m);
                }
                i = j;
                continue;
            }
            i++;
        }
        if (titleCase) {
            // In a headline every word is capitalised: keep the catalog names, or else the first name.
            boolean catalog = mentions.stream().anyMatch(m -> m.kind == Mention.Kind.CATALOG);
            boolean[] firstUnknown = {true};
            mentions.removeIf(m -> m.kind == Mention.Kind.UNKNOWN && (catalog || !firstUnknown[0] || !(firstUnknown[0] = false)));
        }
        return mentions;
    }

    /** No closing full stop and most words of four letters or more start with a capital: a headline. */
    static boolean titleCase(Tokens t) {
        if (t.isSymAny(t.size - 1, ".!")) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (int i = 0; i < t.size; i++) {
            if (t.isWord(i) && t.length(i) >= 4) {
                words++;
                if (t.capitalised(i)) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 8;
    }

    private static boolean isNameWord(Tokens t, int i) {
        String w = t.lower(i);
        if (Lexicon.NOT_NAMES.contains(w) || Lexicon.MONTHS.containsKey(w) || Lexicon.WEEKDAYS.containsKey(w)
                || Lexicon.NUMBER_WORDS.containsKey(w)) {
            return false;
        }
        // "s" of a possessive, single capital letters such as initials.
        return t.length(i) > 1 || t.isSym(i + 1, '&');
    }

    private static boolean sentenceInitial(Tokens t, int i) {
        return i == 0 || (i == 1 && t.isSymAny(0, BULLETS));
    }

    private static boolean subjectLike(Tokens t, int after) {
        return t.isAny(after, Lexicon.SUBJECT_VERBS) || t.isSymAny(after, "'\u2019,")
                || t.isAny(after, Lexicon.PERSON_TITLES)
                || (t.isWord(after) && t.lower(after).endsWith("ed"));
    }

    private static boolean isPerson(Tokens t, int i, int j, Set<String> personNames) {
        String before = t.lower(i - 1);
        if (Lexicon.PERSON_TITLES.contains(before) || (t.isSym(i - 1, '.') && Lexicon.PERSON_TITLES.contains(t.lower(i - 2)))) {
            return true;
        }
        String surface = t.text.substring(t.start[i], t.end[j - 1]);
        if (personNames.contains(surface)) {
            return true;
        }
        if (j - i >= 2 && t.isAny(j, Lexicon.SPEECH_VERBS)) {
            return true;
        }
        if (j - i >= 2 && t.isSym(j, ',')) {
            // "Beth Galetti, a senior vice president, ..."
            for (int k = j + 1; k < t.size && k <= j + 5 && t.isWord(k); k++) {
                if (Lexicon.PERSON_TITLES.contains(t.lower(k))) {
                    return true;
                }
            }
        }
        return j - i >= 2 && Lexicon.SPEECH_VERBS.contains(before);
    }
}
