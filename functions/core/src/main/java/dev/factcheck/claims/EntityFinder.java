package dev.factcheck.claims;

import static dev.factcheck.claims.NameShapes.ORG_SUFFIXES;
import static dev.factcheck.claims.NameShapes.isNameWord;
import static dev.factcheck.claims.NameShapes.isPerson;
import static dev.factcheck.claims.NameShapes.modifiesNoun;
import static dev.factcheck.claims.NameShapes.sentenceInitial;
import static dev.factcheck.claims.NameShapes.subjectLike;
import static dev.factcheck.claims.NameShapes.titleCase;

import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Metric;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

    /** Possessives that make the name after them a part of the organisation: "its Skyline Labs division". */
    private static final Set<String> OWNER_PRONOUNS = Set.of("its", "our", "their");
    /** Openers of an apposition after a name: "Wonka Industries, the British confectioner, said". */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private final CatalogNames catalogNames;
    /** The words of the catalog's metric terms: "Headcount: 17,200" names a metric, not an organisation. */
    private final Set<String> metricWords = new HashSet<>();

    EntityFinder(Catalog catalog) {
        catalogNames = new CatalogNames(catalog);
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
            CatalogNames.Alias alias = taken[i] ? null : catalogNames.at(t, i, end);
            if (alias != null) {
                mentions.add(attributed(t, i, new Mention(i, end[0], Mention.Kind.CATALOG, alias.entity(), alias.entity(),
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
                        && catalogNames.at(t, j, end) == null && !t.attached(j)) {
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

}
