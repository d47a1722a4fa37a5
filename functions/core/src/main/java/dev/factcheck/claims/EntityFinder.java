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
    /**
     * The most tokens an apposition may hold: "Kelvin Labs, a cooling start-up spun out of Massive
     * Dynamic, said it" (a name inside it is part of the description, never what "it" means).
     */
    private static final int APPOSITION_WORDS = 14;
    /** Verbs of leading a round: "Globex leads $120 million round in Kelvin Labs" names a backer. */
    private static final Set<String> LEADING_VERBS = Set.of("leads", "led", "co-leads", "co-led", "leading");
    /** How far after a leading verb its round may be named. */
    private static final int ROUND_AFTER_LEADING = 6;
    /** Verbs of buying a company: the company after them is what was bought, not the buyer. */
    private static final Set<String> BUYING_VERBS = Set.of(
            "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying", "purchase",
            "purchases", "purchased", "purchasing");

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
     * How the text writes its words, the evidence about a capitalised word opening a sentence.
     *
     * @param capitalised the words the text capitalises in the middle of a sentence or more than once:
     *                    such a word is a name
     * @param lowerCase   the words the text writes in lower case: written so elsewhere, a capitalised
     *                    sentence opener ("Executives have tried ... executives described") is an
     *                    ordinary word
     */
    record WordCases(Set<String> capitalised, Set<String> lowerCase) {
        static final WordCases NONE = new WordCases(Set.of(), Set.of());
    }

    /** How the text writes its words ({@link WordCases}). One pass. */
    static WordCases wordCases(String text) {
        Set<String> seen = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> lowerCase = new HashSet<>();
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
            } else if (Character.isLowerCase(c)) {
                lowerCase.add(text.substring(i, j));
            }
            before = text.charAt(j - 1);
            lineBreak = false;
            i = j;
        }
        return new WordCases(names, lowerCase);
    }

    /** The organisation names of a sentence read on its own (a table's caption). */
    List<Mention> find(Tokens t, boolean[] taken, Set<String> personNames) {
        return find(t, taken, personNames, WordCases.NONE, Set.of());
    }

    /**
     * The organisation names of a sentence.
     *
     * @param cases       how the article writes its words ({@link #wordCases})
     * @param described   nouns the article has used to describe an organisation ("Umbrella is a drugmaker"):
     *                    "the drugmaker" is a coreference
     */
    List<Mention> find(Tokens t, boolean[] taken, Set<String> personNames, WordCases cases,
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
                } else if (!titleCase && !suffixed && sentenceInitial(t, i) && !nameOpeningSentence(t, i, j, cases)) {
                    // A capitalised ordinary word opening the sentence.
                } else if (!titleCase && !mentions.isEmpty() && mentions.get(mentions.size() - 1).end == i
                        && mentions.get(mentions.size() - 1).kind == Mention.Kind.CATALOG) {
                    // Amazon Web Services, Google Cloud: a part named after the entity (in a headline,
                    // "Cyberdyne Leads $120 Million Round", the word after the name may be its verb).
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
                    m.bought |= boughtOwner(t, i, mentions); // "to acquire Chotchkie's Software"
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
     * modifies the noun after it ("Deeper cuts came in April") or that the text writes in lower case
     * elsewhere ("Executives have tried everything", after "executives described the move").
     */
    private boolean nameOpeningSentence(Tokens t, int i, int j, WordCases cases) {
        if (t.isSymAny(j, "'\u2019,")) {
            return true;
        }
        if (t.isSym(j, ':')) {
            // "- Acme: 64,000 employees" names an organisation; "Wrong: its two rounds ..." does not.
            return i == 1 && !metricWords.contains(t.lower(i)) && !t.lower(j - 1).endsWith("ed");
        }
        if (j - i >= 2 || cases.capitalised().contains(t.text(i))) {
            return subjectLike(t, j);
        }
        return subjectLike(t, j) && !modifiesNoun(t, j) && !cases.lowerCase().contains(t.lower(i));
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
        while (k < t.size && k < i + APPOSITION_WORDS && (t.isWord(k) || (t.isSym(k, '-') && t.attached(k)))) {
            k++;
        }
        return k > i + 1 && t.isSym(k, ',') && t.isWord(k - 1) ? k : -1;
    }

    /**
     * "led by Sequoia", "according to Globex", "Globex leads $120 million round in Kelvin Labs": a
     * source or a backer, never what a coreference means nor whose round it is. "to acquire Chotchkie's
     * Software": what was bought, never whose price it is.
     */
    private static Mention attributed(Tokens t, int i, Mention m) {
        m.attribution = (t.is(i - 1, "by") && t.is(i - 2, "led")) || (t.is(i - 1, "to") && t.is(i - 2, "according"))
                || leadsARound(t, m.end);
        m.bought = t.isAny(i - 1, BUYING_VERBS);
        return m;
    }

    /** The name before the possessive ending right before {@code i} ("Chotchkie's", "Kelvin Labs'") was bought. */
    private static boolean boughtOwner(Tokens t, int i, List<Mention> mentions) {
        if (mentions.isEmpty() || !mentions.getLast().bought) {
            return false;
        }
        int ownerEnd = mentions.getLast().end;
        return (ownerEnd == i - 2 && t.is(i - 1, "s") && t.isSymAny(i - 2, "'\u2019"))
                || (ownerEnd == i - 1 && t.isSymAny(i - 1, "'\u2019"));
    }

    /** A leading verb at {@code at} with a round named within a few words after it. */
    private static boolean leadsARound(Tokens t, int at) {
        if (!t.isAny(at, LEADING_VERBS)) {
            return false;
        }
        for (int k = at + 1; k <= at + ROUND_AFTER_LEADING && k < t.size; k++) {
            if (t.is(k, "round") || t.is(k, "rounds")) {
                return true;
            }
        }
        return false;
    }

}
