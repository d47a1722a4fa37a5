package dev.factcheck.claims;

import java.util.Set;

/**
 * Figures that were read but are still no claim, for what they count or whose they are: counts of
 * things no record holds, ranked groups, round numbers said for "many", the writer's own doings,
 * market-wide statistics and pay. {@link NonClaims} marks the tokens that never become figures
 * (dates, phone numbers, ages, addresses); these rules need the figure and its sentence.
 */
final class Distractors {

    /**
     * Things a bare count may count that no reference record holds: places (countries, states,
     * offices), languages, and parts of a building or a document (floors, rows, pages).
     */
    private static final Set<String> UNRECORDED_THINGS = Set.of(
            "countries", "states", "continents", "cities", "regions", "provinces", "territories", "languages",
            "offices", "floors", "storeys", "rows", "pages", "columns", "chapters");

    /** Superlatives that rank a group: "the 20 largest retailers", "the 10 best-performing stocks". */
    private static final Set<String> RANKING_WORDS = Set.of(
            "largest", "biggest", "smallest", "best", "worst", "fastest", "slowest", "richest", "oldest", "newest",
            "highest", "lowest", "most", "least", "top");

    /** Round numbers that prose uses for "many": "copied into a hundred stories". */
    private static final Set<String> ROUND_SCALES = Set.of("hundred", "thousand", "million");

    /** What the subject of a person's pay names: "the starting salary for a chip designer is $185,000". */
    private static final Set<String> PAY_WORDS = Set.of("salary", "salaries", "wage", "wages");

    /** Verbs that follow the subject of a statistic: "the market will grow", "the salary is". */
    private static final Set<String> STATISTIC_VERBS = Set.of(
            "will", "would", "could", "may", "is", "was", "are", "were", "has", "had", "have", "grew", "grows",
            "shrank", "shrinks", "expanded", "expands", "stood", "stands", "reached", "reaches", "hit");

    private Distractors() {
    }

    /**
     * Whether a figure that was read is still no claim, for what it counts or whose it is: a count of
     * things no record holds, a ranked group, a round number said for "many", the writer's own
     * doings, or a market-wide statistic. Each rule looks at a few tokens around the figure.
     */
    static boolean any(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        return countOfUnrecordedThings(sentence, f) || rankedGroup(sentence, f) || roundNumberForMany(sentence, f)
                || writersOwnCount(sentence, f) || marketOrPayFigure(sentence, f);
    }

    /**
     * A bare count of places, languages or parts of a building or a document ("sells in 90
     * countries", "its 41 floors of laboratories", "a spreadsheet with 212 rows"), unless a metric of
     * the catalog names them.
     */
    private static boolean countOfUnrecordedThings(SentenceContext sentence, Figure f) {
        if (f.unit != null || f.scaled) {
            return false;
        }
        Tokens t = sentence.tokens();
        for (int k = f.endTok; k < Math.min(t.size, f.endTok + 2) && t.isWord(k); k++) {
            if (Lexicon.PEOPLE_HEADS.contains(t.lower(k)) || cueAt(sentence, k)) {
                return false;
            }
            if (UNRECORDED_THINGS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean cueAt(SentenceContext sentence, int token) {
        for (MetricCues.Cue cue : sentence.cues()) {
            if (cue.start() <= token && token < cue.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The size of a ranked group and a count of its members: "the 20 largest US retailers", "8 of the
     * 10 best-performing stocks". A ranking is no quantity of an organisation, unless the group is of
     * people or of something a metric counts ("laid off the 1,000 highest-paid managers").
     */
    private static boolean rankedGroup(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        if (f.unit != null) {
            return false;
        }
        int ranking = -1;
        if (t.is(f.startTok - 1, "the") && t.isAny(f.endTok, RANKING_WORDS)) {
            ranking = f.endTok;
        } else if (t.is(f.endTok, "of") && t.is(f.endTok + 1, "the") && t.isNum(f.endTok + 2)
                && t.isAny(NonClaims.numberRunEnd(t, f.endTok + 2), RANKING_WORDS)) {
            ranking = NonClaims.numberRunEnd(t, f.endTok + 2);
        }
        return ranking >= 0 && !countsPeopleOrAMetric(sentence, ranking + 1, 4);
    }

    /** A people noun or a metric cue among the {@code n} tokens from {@code from}. */
    private static boolean countsPeopleOrAMetric(SentenceContext sentence, int from, int n) {
        Tokens t = sentence.tokens();
        for (int k = from; k < Math.min(t.size, from + n); k++) {
            if (t.isAny(k, Lexicon.PEOPLE_HEADS) || cueAt(sentence, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A hundred", "a thousand" with nothing counted that a claim could be about ("copied into a
     * hundred stories"): a way of saying "many", not a figure.
     */
    private static boolean roundNumberForMany(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        return f.unit == null && (t.is(f.startTok, "a") || t.is(f.startTok, "an")) && f.endTok == f.startTok + 2
                && t.isAny(f.startTok + 1, ROUND_SCALES) && MetricStage.nearestCue(sentence, f) == null
                && !Lexicon.peopleNounWithin(t, f.endTok, 3);
    }

    /**
     * A bare count in a clause the writer speaks of themself in ("I asked 6 former managers", "I
     * counted 23 such errors", "I have been saying this to roughly 3 people", "the 4 closed sites I
     * found"), outside any quotation:
     * the writer's own doings, not an organisation's. Money and percentages stay claims.
     */
    private static boolean writersOwnCount(SentenceContext sentence, Figure f) {
        if (f.unit != null) {
            return false;
        }
        Tokens t = sentence.tokens();
        int clause = sentence.clauses().at(f.startTok);
        for (int k = f.startTok - 1; k >= 0 && sentence.clauses().at(k) == clause; k--) {
            if (writerAt(t, k)) {
                return true;
            }
        }
        // "The 4 closed sites I found": the writer's own count in a relative clause right after its noun.
        for (int k = f.endTok; k <= f.endTok + 3 && t.isWord(k); k++) {
            if (writerAt(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** The pronoun "I", not a numeral after a name ("Phase I", "World War I"), outside a quotation: a verb follows it. */
    private static boolean writerAt(Tokens t, int k) {
        return t.isWord(k) && t.text(k).equals("I") && !t.capitalised(k - 1) && t.isWord(k + 1) && !t.capitalised(k + 1)
                && !quoted(t, k);
    }

    /** An organisation named between the two tokens: "as the market fell, Initech cut 1,500 jobs" is Initech's. */
    private static boolean organisationBetween(SentenceContext sentence, int from, int to) {
        for (Mention m : sentence.mentions()) {
            if (m.start > from && m.start < to && m.kind != Mention.Kind.COREF && !m.placeLike) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} stands inside a quotation opened earlier in its sentence. */
    private static boolean quoted(Tokens t, int k) {
        boolean open = false;
        for (int i = 0; i < k; i++) {
            if (t.isSymAny(i, "\"\u201c\u201d")) {
                open = t.isSym(i, '\u201c') || (!t.isSym(i, '\u201d') && !open);
            }
        }
        return open;
    }

    /**
     * A figure whose clause is about a market or a person's pay, not an organisation: "the
     * warehouse-robot market will grow 14% a year", "the starting salary for a chip designer is about
     * $185,000, up 9%". The subject word stands before the figure and is followed by its verb or a
     * preposition; "its share of the market" and "a wage bill" are an organisation's.
     */
    private static boolean marketOrPayFigure(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int clause = sentence.clauses().at(f.startTok);
        boolean moneyOrPercent = f.unit != null;
        for (int k = f.startTok - 1; k >= 0 && sentence.clauses().at(k) == clause; k--) {
            boolean verbAfter = t.isAny(k + 1, STATISTIC_VERBS) || t.isAny(k + 1, Lexicon.COMPARISON_WORDS);
            boolean market = t.isAny(k, Lexicon.WHOLE_MARKETS) && !t.is(k - 1, "of") && !t.is(k - 2, "of") && verbAfter;
            boolean pay = moneyOrPercent && t.isAny(k, PAY_WORDS) && (verbAfter || t.is(k + 1, "for"));
            if (market || pay) {
                return !organisationBetween(sentence, k, f.startTok);
            }
        }
        return false;
    }
}
