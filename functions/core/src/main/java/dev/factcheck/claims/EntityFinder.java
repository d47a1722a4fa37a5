package dev.factcheck.claims;

import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Entity;
import dev.factcheck.catalog.Metric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
            "carmaker", "conglomerate", "business", "corporation", "platform", "provider", "owner", "lab", "developer",
            "drugmaker", "insurer", "lender", "bank", "carrier", "airline", "manufacturer", "supplier", "chain",
            "importer", "exporter", "brewer", "miner", "producer", "publisher", "operator", "confectioner");

    /** Common verbs that follow a plural subject noun: "cuts came", "rounds fell". */
    private static final Set<String> NOUN_VERBS = Set.of("came", "come", "went", "fell", "rose", "hit", "followed");

    /** Possessives that make the name after them a part of the organisation: "its Skyline Labs division". */
    private static final Set<String> OWNER_PRONOUNS = Set.of("its", "our", "their");
    /** Openers of an apposition after a name: "Wonka Industries, the British confectioner, said". */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** Words that end an organisation's name: Inc, Corp, Group, Holdings. */
    static final Set<String> ORG_SUFFIXES = Set.of(
            "inc", "corp", "corporation", "ltd", "plc", "llc", "co", "group", "holdings", "technologies", "labs",
            "systems", "motors", "bank", "ag", "sa", "se", "nv", "gmbh");

    static final String BULLETS = "\"'\u201c\u2018(\u2013\u2014-\u2022*\u00b7";

    private record Alias(String[] words, String entity, boolean capital) {
    }

    private final Map<String, List<Alias>> byFirstWord = new HashMap<>();
    /** The words of the catalog's metric terms: "Headcount: 17,200" names a metric, not an organisation. */
    private final Set<String> metricWords = new HashSet<>();

    EntityFinder(Catalog catalog) {
        for (Entity entity : catalog.entities()) {
            add(entity.name(), entity.name());
            for (String alias : entity.aliases()) {
                add(alias, entity.name());
            }
        }
        for (Metric metric : catalog.metrics()) {
            for (String term : metric.terms()) {
                metricWords.addAll(List.of(term.toLowerCase(Locale.ROOT).split("\\s+")));
            }
        }
    }

    /**
     * The words the text capitalises in the middle of a sentence or more than once: the evidence
     * that a capitalised word opening a sentence ("Deeper cuts came in April") is a name. One pass.
     */
    static Set<String> capitalisedWords(String text) {
        Set<String> seen = new HashSet<>();
        Set<String> names = new HashSet<>();
        char before = '\n';
        boolean lineBreak = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                if (c == '\n') {
                    lineBreak = true;
                } else if (!Character.isWhitespace(c)) {
                    before = c;
                    lineBreak = false;
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < text.length() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (Character.isUpperCase(c)) {
                String word = text.substring(i, j);
                boolean mid = !lineBreak && (Character.isLetterOrDigit(before) || ",;|&".indexOf(before) >= 0);
                if (mid || !seen.add(word)) {
                    names.add(word);
                }
            }
            before = text.charAt(j - 1);
            lineBreak = false;
            i = j;
        }
        return names;
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

    /** The organisation names of a sentence read on its own (a table's caption). */
    List<Mention> find(Tokens t, boolean[] taken, Set<String> personNames) {
        return find(t, taken, personNames, Set.of(), Set.of());
    }

    /**
     * The organisation names of a sentence.
     *
     * @param capitalised the words the article capitalises mid-sentence or repeatedly ({@link #capitalisedWords})
     * @param described   nouns the article has used to describe an organisation ("Umbrella is a drugmaker"):
     *                    "the drugmaker" is a coreference
     */
    List<Mention> find(Tokens t, boolean[] taken, Set<String> personNames, Set<String> capitalised,
                       Set<String> described) {
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
                mentions.add(attributed(t, i, new Mention(i, end[0], Mention.Kind.CATALOG, alias.entity, alias.entity,
                        prep, place)));
                i = end[0];
                continue;
            }
            String w = t.lower(i);
            if (w.equals("it") || w.equals("its")) {
                mentions.add(new Mention(i, i + 1, Mention.Kind.COREF, t.text(i), null, prep, false));
                i++;
                continue;
            }
            int apposition = ARTICLES.contains(w) ? appositionEnd(t, i, mentions) : -1;
            if (apposition > 0) {
                mentions.add(new Mention(i, apposition, Mention.Kind.COREF,
                        t.text.substring(t.start[i], t.end[apposition - 1]), null, prep, false));
                i = apposition;
                continue;
            }
            if (w.equals("the")) {
                int k = i + 1;
                int limit = Math.min(t.size, i + 9);
                while (k < limit && (t.isWord(k) || t.isSymAny(k, "-,")) && !COREF_HEADS.contains(t.lower(k))
                        && !described.contains(t.lower(k))
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
                if (k < limit && t.isWord(k) && (COREF_HEADS.contains(t.lower(k)) || described.contains(t.lower(k)))
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
                } else if (!titleCase && !suffixed && sentenceInitial(t, i) && !nameOpeningSentence(t, i, j, capitalised)) {
                    // A capitalised ordinary word opening the sentence.
                } else if (!mentions.isEmpty() && mentions.get(mentions.size() - 1).end == i
                        && mentions.get(mentions.size() - 1).kind == Mention.Kind.CATALOG) {
                    // Amazon Web Services, Google Cloud: a part named after the entity.
                    Mention owner = mentions.remove(mentions.size() - 1);
                    mentions.add(new Mention(owner.start, mentionEnd, Mention.Kind.CATALOG, owner.surface, owner.entity,
                            owner.prepositional, owner.placeLike));
                } else if (t.isAny(i - 1, OWNER_PRONOUNS)) {
                    // "its Skyline Labs division", "at its Newark warehouse": a part of the organisation.
                    mentions.add(new Mention(i, mentionEnd, Mention.Kind.COREF, surface, null, prep, false));
                } else {
                    Mention m = attributed(t, i, new Mention(i, mentionEnd, Mention.Kind.UNKNOWN, surface, null, prep, place));
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

    /**
     * Whether a capitalised word (or run of words, {@code [i, j)}) opening a sentence is a name: it is
     * followed by a possessive, an apposition or a list label's colon ("Acme: 64,000 employees"), or
     * it acts as a subject, unless it is one word that the text capitalises nowhere else and that
     * modifies the noun after it ("Deeper cuts came in April").
     */
    private boolean nameOpeningSentence(Tokens t, int i, int j, Set<String> capitalised) {
        if (t.isSymAny(j, "'\u2019,")) {
            return true;
        }
        if (t.isSym(j, ':')) {
            // "- Acme: 64,000 employees" names an organisation; "Wrong: its two rounds ..." does not.
            return i == 1 && !metricWords.contains(t.lower(i)) && !t.lower(j - 1).endsWith("ed");
        }
        if (j - i >= 2 || capitalised.contains(t.text(i))) {
            return subjectLike(t, j);
        }
        return subjectLike(t, j) && !modifiesNoun(t, j);
    }

    /**
     * "Deeper cuts came", "Bigger rounds were": the word after the opening word is a plural noun
     * followed by its verb, so the opening word is an adjective, not a name ("Tesla cuts 500 jobs").
     */
    private static boolean modifiesNoun(Tokens t, int j) {
        return t.isWord(j) && t.lower(j).endsWith("s") && t.isWord(j + 1)
                && (Lexicon.SUBJECT_VERBS.contains(t.lower(j + 1)) || t.lower(j + 1).endsWith("ed")
                || NOUN_VERBS.contains(t.lower(j + 1)));
    }

    /**
     * The end of an apposition describing the name just before it ("Wonka Industries, the British
     * confectioner, said"): an article after a comma that follows a name, words, and a closing comma.
     * -1 when there is none.
     */
    private static int appositionEnd(Tokens t, int i, List<Mention> mentions) {
        if (mentions.isEmpty() || mentions.getLast().end != i - 1 || !t.isSym(i - 1, ',')
                || mentions.getLast().kind == Mention.Kind.COREF) {
            return -1;
        }
        int k = i + 1;
        while (k < t.size && k < i + 8 && (t.isWord(k) || (t.isSym(k, '-') && t.attached(k)))) {
            k++;
        }
        return k > i + 1 && t.isSym(k, ',') && t.isWord(k - 1) ? k : -1;
    }

    /** "led by Sequoia", "according to Globex": a source or a backer, never what a coreference means. */
    private static Mention attributed(Tokens t, int i, Mention m) {
        m.attribution = (t.is(i - 1, "by") && t.is(i - 2, "led")) || (t.is(i - 1, "to") && t.is(i - 2, "according"));
        return m;
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
        if (t.isSym(j, ',') && t.is(j + 1, "who")) {
            return true; // "Sol Roth, who is not sorry": "who" refers to people
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
