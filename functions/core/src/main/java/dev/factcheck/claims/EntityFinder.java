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
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

    /** Parts that are organisations, not places: their names stand for the part when written again. */
    private static final Set<String> ORGANISATION_PARTS = Set.of(
            "division", "unit", "arm", "subsidiary", "segment", "studio");
    /** What an owned organisation is of its owner: "a subsidiary of", "a unit of". */
    private static final Set<String> OWNED_NOUNS = Set.of("subsidiary", "unit", "division", "arm", "affiliate");
    /** Determiners of "parent": "its parent", "the parent company". */
    private static final Set<String> PARENT_OWNERS = Set.of("its", "the", "their");
    /** Nouns after "parent": "its parent company", "the parent group". */
    private static final Set<String> PARENT_NOUNS = Set.of("company", "group", "firm", "corporation", "conglomerate");
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
    /** Verbs of backing before "by": "backed by Globex", "joined by Initech". */
    private static final Set<String> BACKING_VERBS = Set.of("backed", "joined", "funded", "financed");
    /** The most words of a description between "led by" and the leader's name: "led by its biggest backer, Wayne". */
    private static final int LEADER_DESCRIPTION = 5;
    /** How far after a leading verb its round may be named. */
    private static final int ROUND_AFTER_LEADING = 6;
    /** Verbs of buying a company: the company after them is what was bought, not the buyer. */
    private static final Set<String> BUYING_VERBS = Set.of(
            "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying", "purchase",
            "purchases", "purchased", "purchasing");

    /**
     * Words that end a description before its noun: "the people who built the business" and "the
     * recall cost the company" are no descriptions of an organisation ("the business" and "the
     * company" are).
     */
    private static final Set<String> DESCRIPTION_STOPS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "who", "which", "whose", "of", "to", "for", "with",
            "by", "from", "at", "on", "in", "its", "their");
    /**
     * Nouns right after a name that make it a body other than a company: a union ("the GMB union"), an
     * index ("the DAT index"), a regulator. Such a name is a third party, never whose figure it is.
     */
    private static final Set<String> THIRD_PARTY_NOUNS = Set.of(
            "union", "unions", "index", "regulator", "watchdog");
    /** Nouns for a product before its name: "the farming sim Hollowmere", "its weight-loss drug Zorvex". */
    private static final Set<String> PRODUCT_NOUNS = Set.of("game", "sim", "app", "drug", "vaccine", "brand", "film",
            "franchise", "chatbot", "console", "smartphone", "headset", "handset", "jet", "airliner", "sedan", "truck",
            "model", "product", "platform");
    /** Nouns before a name that make it a third party: "analysts at broker Carraway & Finch", "the union Unite". */
    private static final Set<String> THIRD_PARTY_BEFORE = Set.of(
            "broker", "brokerage", "union", "regulator", "watchdog");
    /** Verbs of a stock index's day after its name and number: "the FTSE 100 rose 0.3%". */
    private static final Set<String> INDEX_MOVES = Set.of(
            "rose", "fell", "gained", "lost", "closed", "slipped", "climbed", "dropped", "added", "was", "ended");
    /** Who works at an analysts' firm: "analysts at Harbor & Lyle". */
    private static final Set<String> ANALYSTS = Set.of("analyst", "analysts", "economist", "economists", "strategists");
    /** Nationality adjectives: "a British company", "Japanese makers" name no organisation. */
    private static final Set<String> NATIONALITIES = Set.of(
            "american", "british", "chinese", "dutch", "european", "french", "german", "indian", "irish", "italian",
            "japanese", "korean", "spanish", "swedish", "swiss", "canadian", "australian", "asian", "african");

    /**
     * Verbs of a subject that {@link Lexicon#SUBJECT_VERBS} leaves out and that end in neither "-ed" nor
     * "-s": "whether Hawthorne can", "that Hawthorne went bust".
     */
    private static final Set<String> OTHER_VERBS = Set.of("can", "cannot", "must", "should", "shall", "do", "went",
            "became", "fell", "rose", "paid", "kept", "gave", "left", "won", "hit", "ran", "brought", "came", "found",
            "led", "set", "stood", "wrote", "thought", "chose", "drew", "built", "spun", "struck", "swung", "bid");
    /** Determiners after an opening word in -ing that make it a participle: "Counting this round". */
    private static final Set<String> PARTICIPLE_OBJECTS = Set.of(
            "this", "that", "the", "a", "an", "its", "their", "our", "these", "those", "all", "both");

    /** Compiled once: String.split compiles a regular expression at every call, here once per metric term. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final CatalogNames catalogNames;
    /** The words of the catalog's metric terms: "Headcount: 17,200" names a metric, not an organisation. */
    private final Set<String> metricWords = new HashSet<>();
    /** The catalog's one-word metric terms: "Turnover in the same period slipped 4%" opens with a metric, not a name. */
    private final Set<String> oneWordTerms = new HashSet<>();

    EntityFinder(Catalog catalog) {
        catalogNames = new CatalogNames(catalog);
        for (Metric metric : catalog.metrics()) {
            for (String term : metric.terms()) {
                String[] words = WHITESPACE.split(term.toLowerCase(Locale.ROOT));
                metricWords.addAll(List.of(words));
                if (words.length == 1) {
                    oneWordTerms.add(words[0]);
                }
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
        return find(t, taken, personNames, WordCases.NONE, Set.of(), Map.of(), Set.of(), Map.of());
    }

    /**
     * The organisation names of a sentence.
     *
     * @param cases       how the article writes its words ({@link #wordCases})
     * @param described   nouns the article has used to describe an organisation ("Umbrella is a drugmaker"):
     *                    "the drugmaker" is a coreference
     * @param shortNames  the first words of the catalog names the article has written in full, with their
     *                    entity ("Sirius" after "Sirius Cybernetics")
     * @param thirdParties names the article has shown to be unions, analysts' firms or regulators
     * @param parts       names the article has given to parts of an organisation, with the organisation
     *                    ("Offworld" after "its Offworld Robotics subsidiary ("Offworld")")
     */
    List<Mention> find(Tokens t, boolean[] taken, Set<String> personNames, WordCases cases,
                       Set<String> described, Map<String, String> shortNames, Set<String> thirdParties,
                       Map<String, String> parts) {
        boolean titleCase = titleCase(t);
        List<Mention> mentions = new ArrayList<>();
        int lastPersonEnd = -1;
        int[] end = new int[1];
        int i = 0;
        while (i < t.size) {
            if (!t.isWord(i)) {
                i++;
                continue;
            }
            String prev = t.lower(i - 1);
            boolean prep = Lexicon.PREPOSITIONS.contains(prev);
            // "in the Midwest", "across the Gulf": a place preposition and "the" before a name make it a place
            boolean place = Lexicon.PLACE_PREPOSITIONS.contains(prev)
                    || (prev.equals("the") && Lexicon.PLACE_PREPOSITIONS.contains(t.lower(i - 2)));
            CatalogNames.Alias alias = taken[i] ? null : catalogNames.at(t, i, end);
            if (alias != null) {
                mentions.add(attributed(t, i, new Mention(i, end[0], Mention.Kind.CATALOG, alias.entity(), alias.entity(),
                        prep, place)));
                i = end[0];
                continue;
            }
            String w = t.lower(i);
            int parentEnd = parentEnd(t, i);
            if (parentEnd > 0) {
                // "Its parent has about 26,400": the owner of the company, never the company itself.
                Mention m = new Mention(i, parentEnd, Mention.Kind.COREF, t.text.substring(t.start[i], t.end[parentEnd - 1]),
                        null, prep, false);
                m.parent = true;
                mentions.add(m);
                i = parentEnd;
                continue;
            }
            if (w.equals("it") || w.equals("its")) {
                mentions.add(new Mention(i, i + 1, Mention.Kind.COREF, t.text(i), null, prep, false));
                i++;
                continue;
            }
            int apposition = ARTICLES.contains(w) ? appositionEnd(t, i, mentions) : -1;
            if (apposition > 0) {
                Mention m = new Mention(i, apposition, Mention.Kind.COREF,
                        t.text.substring(t.start[i], t.end[apposition - 1]), null, prep, false);
                ownerNamedIn(t, i, apposition, m);
                mentions.add(m);
                productsNamedIn(t, i, apposition, mentions); // "the studio behind the farming sim Hollowmere"
                i = apposition;
                continue;
            }
            if (w.equals("the")) {
                int k = i + 1;
                int limit = Math.min(t.size, i + 9);
                while (k < limit && (t.isWord(k) || t.isSymAny(k, "-,")) && !COREF_HEADS.contains(t.lower(k))
                        && !described.contains(t.lower(k)) && !t.isAny(k, DESCRIPTION_STOPS)
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
            if (!taken[i] && t.capitalised(i) && isNameWord(t, i) && !ordinaryCapitalisedWord(t, i)) {
                int j = i + 1;
                while (j < t.size) {
                    if (joinsNextName(t, j)) {
                        j += 2; // Carraway & Finch, Off-World Resources
                    } else if (!taken[j] && t.capitalised(j) && (isNameWord(t, j) || t.text(j).equals("AI"))
                            && (catalogNames.at(t, j, end) == null || surnameOfAPerson(t, i, j, end[0], personNames))
                            && !t.attached(j)) {
                        j++;
                    } else {
                        break;
                    }
                }
                boolean suffixed = false;
                while (j < t.size && t.capitalised(j) && t.isAny(j, ORG_SUFFIXES)) {
                    j++; // BT Group, Acme Holdings
                    suffixed = true;
                }
                int mentionEnd = j;
                String surface = t.text.substring(t.start[i], t.end[j - 1]);
                String shortFor = shortNames.get(t.text(i));
                String partOf = parts.get(surface);
                if (partOf != null && !isPerson(t, i, j, personNames)) {
                    // "Offworld's revenue was €1.4 billion" after "its Offworld Robotics subsidiary ("Offworld")".
                    Mention m = new Mention(i, mentionEnd, Mention.Kind.CATALOG, surface, partOf, prep, false);
                    m.part = true;
                    m.partName = true;
                    mentions.add(m);
                } else if (isPerson(t, i, j, personNames) || byline(t, i, j) || aged(t, i, j)
                        || namedAfterAPersonNoun(t, i, j) || (t.is(i - 1, "and") && lastPersonEnd == i - 1)) {
                    lastPersonEnd = j;
                    for (int k = i; k < j; k++) {
                        personNames.add(t.text(k));
                    }
                    personNames.add(surface);
                } else if (titles(t, i, j) || thirdParties.contains(surface) || modifiesAnIndefiniteNoun(t, i, mentionEnd)
                        || modifiesTheNounAfterIt(t, i, mentionEnd)) {
                    // "said Joseph Takagi, Chairman and Chief Executive Officer"; "The GMB said" after "the GMB union".
                } else if (!titleCase && !suffixed && sentenceInitial(t, i) && !nameOpeningSentence(t, i, j, cases)) {
                    // A capitalised ordinary word opening the sentence.
                } else if (shortFor != null && !personNames.contains(t.text(i))
                        && catalogNames.oneEntityBeginsWith(t.lower(i))) {
                    // "Sirius" after "Sirius Cybernetics", "the Sirius Home division": the company named in full before.
                    Mention m = attributed(t, i, new Mention(i, mentionEnd, Mention.Kind.CATALOG, shortFor, shortFor,
                            prep, place));
                    m.bought |= boughtOwner(t, i, mentions);
                    mentions.add(m);
                } else if (!titleCase && !mentions.isEmpty() && mentions.get(mentions.size() - 1).end == i
                        && mentions.get(mentions.size() - 1).kind == Mention.Kind.CATALOG) {
                    // Amazon Web Services, Google Cloud: a part named after the entity (in a headline,
                    // "Cyberdyne Leads $120 Million Round", the word after the name may be its verb).
                    Mention owner = mentions.remove(mentions.size() - 1);
                    mentions.add(new Mention(owner.start, mentionEnd, Mention.Kind.CATALOG, owner.surface, owner.entity,
                            owner.prepositional, owner.placeLike));
                } else if (t.isAny(i - 1, OWNER_PRONOUNS) || (t.isAny(mentionEnd, EntityStage.PART_NOUNS) && !t.capitalised(mentionEnd))
                        || namedPart(t, i, mentionEnd)) {
                    // "its Skyline Labs division", "at its Newark warehouse", "the Terraforming Services
                    // segment", "its animal-health arm, Petalworks,", "subsidiary ("Offworld")": a part of
                    // the organisation, under whatever name the text gives it later.
                    Mention m = new Mention(i, mentionEnd, Mention.Kind.COREF, surface, null, prep, false);
                    m.part = true;
                    m.partName = t.isAny(mentionEnd, ORGANISATION_PARTS) || namedPart(t, i, mentionEnd);
                    mentions.add(m);
                } else {
                    Mention m = attributed(t, i, new Mention(i, mentionEnd, Mention.Kind.UNKNOWN, surface, null, prep,
                            place || coordinatedWithAPlace(t, i, mentions)));
                    // Amazon's Prime Video: a part of the entity before the possessive.
                    if (!mentions.isEmpty() && i >= 3 && t.is(i - 1, "s") && t.isSymAny(i - 2, "'\u2019")) {
                        Mention owner = mentions.get(mentions.size() - 1);
                        if (owner.end == i - 2 && owner.kind == Mention.Kind.CATALOG) {
                            m = new Mention(i, mentionEnd, Mention.Kind.CATALOG, surface, owner.entity, prep, place);
                        }
                    }
                    m.bought |= boughtOwner(t, i, mentions); // "to acquire Chotchkie's Software"
                    if (thirdParty(t, i, mentionEnd)) {
                        m.attribution = true;
                        m.thirdParty = true;
                    }
                    mentions.add(m);
                }
                i = j;
                continue;
            }
            i++;
        }
        participantsListed(t, mentions);
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
        if (j - i == 1 && oneWordTerms.contains(t.lower(i))) {
            return false; // "Turnover in the same period slipped 4%": a metric opens the sentence
        }
        if (j - i == 1 && t.isSym(j, ',') && t.lower(i).endsWith("ly") && !cases.capitalised().contains(t.text(i))) {
            return false; // "Oddly, the company's own site ..."
        }
        if (j - i == 1 && participleOpening(t, i)) {
            return false; // "Counting this round, Wayne has ...", "Founded in 2021, the company ..."
        }
        if (t.isSymAny(j, "'\u2019,")) {
            return true;
        }
        if (t.isSym(j, '.') && j + 1 < t.size && t.isSymAny(j + 1, "<*")) {
            return true; // a list item's title: "<strong>4. Krusty Burger.</strong> The burger chain ..."
        }
        if (t.isSym(j, ':')) {
            // "- Acme: 64,000 employees" and a line "Kettle & Crumb: 450 bakeries." name an organisation;
            // "Wrong: its two rounds ..." does not.
            boolean label = i == 1 || (i == 0 && (j - i >= 2 || cases.capitalised().contains(t.text(i))));
            return label && !metricWords.contains(t.lower(i)) && !t.lower(j - 1).endsWith("ed");
        }
        if (j - i >= 2 || cases.capitalised().contains(t.text(i))) {
            return subjectLike(t, j);
        }
        return subjectLike(t, j) && !modifiesNoun(t, j) && !cases.lowerCase().contains(t.lower(i));
    }

    /**
     * A participle opening the sentence with what it governs: "Counting this round," "Excluding the charge,"
     * (a word in -ing before a determiner), "Founded in 2021", "Posted by" (a word in -ed before a preposition).
     */
    private static boolean participleOpening(Tokens t, int i) {
        String w = t.lower(i);
        return (w.endsWith("ing") && t.isAny(i + 1, PARTICIPLE_OBJECTS))
                || (w.endsWith("ed") && t.isAny(i + 1, Lexicon.PREPOSITIONS));
    }

    /**
     * A capitalised word that is no name whatever follows: a nationality before a lower-case word ("a
     * British company"), or the first half of a compound with a lower-case word ("Robot-maker Sirius").
     */
    private static boolean ordinaryCapitalisedWord(Tokens t, int i) {
        if (NATIONALITIES.contains(t.lower(i)) && !t.capitalised(i + 1)) {
            return true;
        }
        return t.isSym(i + 1, '-') && t.attached(i + 1) && t.isWord(i + 2) && t.attached(i + 2) && !t.capitalised(i + 2);
    }

    /**
     * "a subsidiary of Lumenfield Energy", "the freight unit of Van Loon Groep": an apposition in {@code [i,
     * end)} that names the owner of the name before it; marks {@code m} with it (its catalog entity, or none).
     */
    private void ownerNamedIn(Tokens t, int i, int end, Mention m) {
        for (int k = i + 1; k + 2 < end; k++) {
            if (t.isAny(k, OWNED_NOUNS) && t.is(k + 1, "of") && t.capitalised(k + 2)) {
                int[] aliasEnd = new int[1];
                CatalogNames.Alias alias = catalogNames.at(t, k + 2, aliasEnd);
                m.namesOwner = true;
                m.owner = alias != null && aliasEnd[0] == end ? alias.entity() : null;
                return;
            }
        }
    }

    /** The end of "its parent", "the parent company", "their parent group" opening at {@code i}; -1 when none. */
    private static int parentEnd(Tokens t, int i) {
        if (!t.isAny(i, PARENT_OWNERS) || !t.is(i + 1, "parent")) {
            return -1;
        }
        return t.isAny(i + 2, PARENT_NOUNS) ? i + 3 : i + 2;
    }

    /**
     * "said Rachael Stark", "Ingrid Halvorsen, the chief engineer,": a one-word catalog name right after
     * a capitalised word ({@code [i, j)}, ending at {@code aliasEnd}) is a person's surname when the two
     * words read as a person; a sentence's opening word is a given name only before an apposition ("Rival
     * Stark said" is the company).
     */
    private static boolean surnameOfAPerson(Tokens t, int i, int j, int aliasEnd, Set<String> personNames) {
        if (aliasEnd != j + 1 || j - i != 1 || t.isSymAny(aliasEnd, "'\u2019")) {
            return false;
        }
        if (personNames.contains(t.text(i))) {
            return true;
        }
        // At a sentence's start only an apposition tells a person ("Maria Stark, who runs the unit,").
        return (!sentenceInitial(t, i) || t.isSym(aliasEnd, ',')) && isPerson(t, i, aliasEnd, personNames);
    }

    /**
     * A name given to a part of an organisation where it is named: in apposition to a part noun that an
     * owner governs ("Marigold's animal-health arm, Petalworks, employs"), right after a part noun
     * ("its subsidiary Petalworks"), or as the short name a parenthesis defines after one ("its Offworld
     * Robotics subsidiary ("Offworld")").
     */
    private static boolean namedPart(Tokens t, int i, int end) {
        int k = i - 1;
        if (t.isSymAny(k, "\"\u201c") && t.isSym(k - 1, '(')) {
            k -= 2; // subsidiary ("Offworld")
        } else if (t.isSym(k, ',') && t.isSym(end, ',')) {
            k--; // arm, Petalworks,
        }
        if (!t.isAny(k, EntityStage.PART_NOUNS) || t.capitalised(k)) {
            return false;
        }
        return partOwned(t, k) || (k == i - 1 && t.capitalised(k - 1)); // "Globex subsidiary Petalworks"
    }

    /** Whether "its", "our", "their" or a possessive governs the part noun at {@code k} ("its unit", "Globex's unit"). */
    private static boolean partOwned(Tokens t, int k) {
        for (int o = k - 1; o >= Math.max(0, k - 5); o--) {
            if (t.isAny(o, OWNER_PRONOUNS) || (t.is(o, "s") && t.isSymAny(o - 1, "'\u2019"))) {
                return true;
            }
            if (!t.isWord(o) && !t.isSym(o, '-')) {
                return false;
            }
        }
        return false;
    }

    /** "Carraway & Finch", "Off-World": the name goes on after the symbol at {@code j}. */
    private static boolean joinsNextName(Tokens t, int j) {
        boolean ampersand = t.isSym(j, '&');
        boolean hyphen = t.isSym(j, '-') && t.attached(j) && t.attached(j + 1);
        return (ampersand || hyphen) && t.isWord(j + 1) && t.capitalised(j + 1);
    }

    /**
     * "its founders, Brennan Huff and Dale Doback,": a name in apposition to a noun for a person (or
     * people) is a person's.
     */
    private static boolean namedAfterAPersonNoun(Tokens t, int i, int j) {
        if (j - i < 2 || !t.isSym(i - 1, ',') || !t.isWord(i - 2)) {
            return false;
        }
        String noun = t.lower(i - 2);
        String singular = noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
        return Lexicon.PERSON_TITLES.contains(noun) || Lexicon.PERSON_TITLES.contains(singular);
    }

    /** "in a LinkedIn post": a name between an indefinite article and a lower-case noun modifies the noun. */
    private static boolean modifiesAnIndefiniteNoun(Tokens t, int i, int end) {
        return t.isAny(i - 1, Set.of("a", "an")) && t.isWord(end) && !t.capitalised(end);
    }

    /**
     * "two Gotham pension funds", "expects Medicaid reimbursement to fall", "the SaaS hangover": a name
     * the catalog does not know, between a lower-case word and a lower-case noun that is no verb, a part, a
     * body or a product, modifies that noun and names no organisation ("said Hawthorne cut", "whether
     * Hawthorne can" and "the Teamsters union" keep theirs).
     */
    private static boolean modifiesTheNounAfterIt(Tokens t, int i, int end) {
        if (!(t.isNum(i - 1) || (t.isWord(i - 1) && !t.capitalised(i - 1))) || Lexicon.PREPOSITIONS.contains(t.lower(i - 1))
                || !t.isWord(end) || t.capitalised(end) || t.attached(end)) {
            return false;
        }
        String next = t.lower(end);
        return !Lexicon.SUBJECT_VERBS.contains(next) && !OTHER_VERBS.contains(next) && !next.endsWith("ed")
                && !next.endsWith("s") && !next.endsWith("ly") && !EntityStage.PART_NOUNS.contains(next)
                && !THIRD_PARTY_NOUNS.contains(next) && !PRODUCT_NOUNS.contains(next)
                && !Lexicon.PREPOSITIONS.contains(next) && !Lexicon.NOT_NAMES.contains(next);
    }

    /** "at sites in Houston and Kourou": a name joined by "and" or "or" to a place is a place too. */
    private static boolean coordinatedWithAPlace(Tokens t, int i, List<Mention> mentions) {
        if (!t.isAny(i - 1, Set.of("and", "or"))) {
            return false;
        }
        if (t.capitalised(i - 2) && !isNameWord(t, i - 2) && Lexicon.PLACE_PREPOSITIONS.contains(t.lower(i - 3))) {
            return true; // "in Germany and Austria": a place the lexicon knows, then another
        }
        if (mentions.isEmpty()) {
            return false;
        }
        Mention last = mentions.getLast();
        return last.end == i - 1 && last.kind == Mention.Kind.UNKNOWN && last.placeLike;
    }

    /** "By Callum Reid": a line that opens with "By" and names its writers, never an organisation. */
    private static boolean byline(Tokens t, int i, int j) {
        return i == 1 && t.is(0, "by") && j - i >= 2 && (j == t.size || t.isSymAny(j, ",|\u00b7") || t.is(j, "and"));
    }

    /** "Marvin Prosser, 57," and "Joseph Takagi, 67, likes": an age between commas follows a person's name. */
    private static boolean aged(Tokens t, int i, int j) {
        return j - i >= 2 && t.isSym(j, ',') && t.isNum(j + 1) && t.length(j + 1) == 2 && t.isSym(j + 2, ',');
    }

    /** "Chairman and Chief Executive Officer": a run of titles names a post, not an organisation. */
    private static boolean titles(Tokens t, int i, int j) {
        for (int k = i; k < j; k++) {
            if (!t.isAny(k, Lexicon.PERSON_TITLES) && !t.is(k, "and") && !t.is(k, "of")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The products an apposition names after a product noun ("Larkfield Games, the studio behind the
     * farming sim Hollowmere,"): third parties, so that the name written again later is none either.
     */
    private static void productsNamedIn(Tokens t, int from, int to, List<Mention> mentions) {
        for (int k = from + 1; k < to; k++) {
            if (t.capitalised(k) && t.isWord(k) && t.isAny(k - 1, PRODUCT_NOUNS) && !t.capitalised(k - 1)) {
                int end = k + 1;
                while (end < to && t.isWord(end) && t.capitalised(end)) {
                    end++;
                }
                Mention product = new Mention(k, end, Mention.Kind.UNKNOWN, t.text.substring(t.start[k], t.end[end - 1]),
                        null, false, false);
                product.attribution = true;
                product.thirdParty = true;
                mentions.add(product);
                k = end;
            }
        }
    }

    /**
     * A union, an index, a regulator or an analysts' firm: "the GMB union", "analysts at broker
     * Carraway & Finch", "according to the DAT index". Its figures and its words are about someone else.
     */
    private static boolean thirdParty(Tokens t, int i, int end) {
        if (t.isAny(end, THIRD_PARTY_NOUNS) || t.isAny(i - 1, THIRD_PARTY_BEFORE)) {
            return true;
        }
        if (t.is(i - 1, "told") || (t.isAny(i - 1, ARTICLES) && t.is(i - 2, "told"))) {
            return true; // "told the Financial Times the company would hire": who heard it, never whose figure
        }
        if (end - i == 1 && t.isAny(i, Distractors.STOCK_INDEXES)) {
            return true; // "against a 9% rise in the Nasdaq": a stock index, never whose figure it is
        }
        if (t.isAny(i - 1, PRODUCT_NOUNS) && !t.capitalised(i - 1)) {
            return true; // "the studio behind the farming sim Hollowmere": a product, never whose figure it is
        }
        if (t.isNum(end) && !t.attached(end) && t.length(end) <= 4
                && (t.is(end + 1, "index") || t.isAny(end + 1, INDEX_MOVES))) {
            return true; // "the FTSE 100 rose 0.3%", "the S&P 500 index"
        }
        int before = t.isWord(i - 1) && !t.isAny(i - 1, Set.of("at", "from")) ? i - 2 : i - 1;
        return t.isAny(before, Set.of("at", "from")) && t.isAny(before - 1, ANALYSTS);
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
                || leadsARound(t, m.end) || leaderDescribedFirst(t, i);
        m.bought = t.isAny(i - 1, BUYING_VERBS);
        return m;
    }

    /**
     * "with participation from Globex, Initech and existing investors", "backed by Globex and Initech",
     * "alongside Globex": backers of a round, every name of the list, never what "the company" means.
     */
    private static void participantsListed(Tokens t, List<Mention> mentions) {
        boolean listing = false;
        int listEnd = -1;
        for (Mention m : mentions) {
            boolean next = listing && m.start - listEnd <= 2 && m.kind != Mention.Kind.COREF
                    && (t.isSym(listEnd, ',') || t.is(listEnd, "and")) && (m.start - listEnd == 1 || t.is(m.start - 1, "and"));
            listing = next || (m.kind != Mention.Kind.COREF && participant(t, m.start));
            if (listing) {
                m.attribution = true;
                listEnd = m.end;
            }
        }
    }

    /** A backer's place: after "participation from", "backed by", "joined by" or "alongside". */
    private static boolean participant(Tokens t, int i) {
        return (t.is(i - 1, "from") && t.is(i - 2, "participation")) || t.is(i - 1, "alongside")
                || (t.is(i - 1, "by") && t.isAny(i - 2, BACKING_VERBS));
    }

    /** "led by its biggest backer, Wayne Enterprises": the leader named after a description of it. */
    private static boolean leaderDescribedFirst(Tokens t, int i) {
        if (!t.isSym(i - 1, ',')) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(1, i - 2 - LEADER_DESCRIPTION); k--) {
            if (t.is(k, "by") && t.is(k - 1, "led")) {
                return k < i - 2;
            }
            if (!t.isWord(k)) {
                return false;
            }
        }
        return false;
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
