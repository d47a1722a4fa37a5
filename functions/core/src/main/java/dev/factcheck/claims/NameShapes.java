package dev.factcheck.claims;

import java.util.Set;

/**
 * The shape of a name in a sentence's tokens: which capitalised words can be a name, which run of them
 * is a person's, which opens the sentence or acts as its subject, and when a line is a headline.
 */
final class NameShapes {

    private NameShapes() {
    }

    /** Common verbs that follow a plural subject noun: "cuts came", "rounds fell". */
    private static final Set<String> NOUN_VERBS = Set.of("came", "come", "went", "fell", "rose", "hit", "followed");

    /** Words that end an organisation's name: Inc, Corp, Group, Holdings. */
    static final Set<String> ORG_SUFFIXES = Set.of(
            "inc", "corp", "corporation", "ltd", "plc", "llc", "co", "group", "holdings", "technologies", "labs",
            "systems", "motors", "bank", "ag", "sa", "se", "nv", "gmbh", "management", "board");

    static final String BULLETS = "\"'\u201c\u2018(\u2013\u2014-\u2022*\u00b7";

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

    static boolean isNameWord(Tokens t, int i) {
        String w = t.lower(i);
        if (Lexicon.NOT_NAMES.contains(w) || Lexicon.MONTHS.containsKey(w) || Lexicon.WEEKDAYS.containsKey(w)
                || Lexicon.NUMBER_WORDS.containsKey(w)) {
            return false;
        }
        // "s" of a possessive, single capital letters such as initials.
        return t.length(i) > 1 || t.isSym(i + 1, '&');
    }

    static boolean sentenceInitial(Tokens t, int i) {
        return i == 0 || (i == 1 && t.isSymAny(0, BULLETS));
    }

    /**
     * "Deeper cuts came", "Bigger rounds were": the word after the opening word is a plural noun
     * followed by its verb, so the opening word is an adjective, not a name ("Tesla cuts 500 jobs").
     */
    static boolean modifiesNoun(Tokens t, int j) {
        return t.isWord(j) && t.lower(j).endsWith("s") && t.isWord(j + 1)
                && (Lexicon.SUBJECT_VERBS.contains(t.lower(j + 1)) || t.lower(j + 1).endsWith("ed")
                || NOUN_VERBS.contains(t.lower(j + 1)));
    }

    static boolean subjectLike(Tokens t, int after) {
        return t.isAny(after, Lexicon.SUBJECT_VERBS) || t.isSymAny(after, "'\u2019,")
                || t.isAny(after, Lexicon.PERSON_TITLES)
                || (t.isWord(after) && t.lower(after).endsWith("ed"));
    }

    /** Words before the organisation a person works at: "partner at Tidewater Ventures, who". */
    private static final Set<String> WHERE_SOMEONE_WORKS = Set.of("at", "of", "from");

    static boolean isPerson(Tokens t, int i, int j, Set<String> personNames) {
        String before = t.lower(i - 1);
        if (Lexicon.PERSON_TITLES.contains(before) || (t.isSym(i - 1, '.') && Lexicon.PERSON_TITLES.contains(t.lower(i - 2)))) {
            return true;
        }
        String surface = t.text.substring(t.start[i], t.end[j - 1]);
        if (personNames.contains(surface)) {
            return true;
        }
        if (j - i >= 3 && Lexicon.PERSON_TITLES.contains(t.lower(i)) && !t.isAny(j - 1, ORG_SUFFIXES)) {
            return true; // "Chairman Hank Scorpio, 61, has run the company": a capitalised title, then its holder
        }
        if (j - i >= 2 && t.isSym(i - 1, ',') && Lexicon.PERSON_TITLES.contains(t.lower(i - 2))
                && !t.isAny(j - 1, ORG_SUFFIXES)) {
            return true; // "Initech's chief executive, Bill Lumbergh, told staff": a title, then its holder
        }
        if (j - i >= 2 && t.isAny(j, Lexicon.SPEECH_VERBS)) {
            return true;
        }
        if (t.isSym(j, ',') && t.is(j + 1, "who") && !t.isAny(i - 1, WHERE_SOMEONE_WORKS)) {
            // "Sol Roth, who is not sorry": "who" refers to people; in "partner at Tidewater Ventures, who
            // joins the board" it refers to the partner, not to the firm
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
