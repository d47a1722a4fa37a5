package dev.factcheck.claims;

import java.util.Set;

/**
 * The clause of every token of a sentence. A new clause starts after ";" or ":", at ", which",
 * ", while", "while", ", but", ", and", and at "and" before a verb ("... and had 108,900 employees");
 * a relative clause opened by ", which" or ", who", an aside between dashes, a parenthesis with its
 * own verb and an aside describing the name that opens the sentence (", founded in 2019 by ...,", ", Hooli's
 * largest backer,") close at their end, where the main clause resumes.
 */
final class Clauses {

    /** Marks the number of a relative clause or an aside. */
    private static final int RELATIVE = 1 << 24;

    private static final Set<String> VERBS_AFTER_AND = Set.of(
            "has", "have", "had", "will", "would", "is", "was", "are", "were", "employs", "employed", "cut", "cuts",
            "plans", "said", "says", "expects", "added", "hired", "laid", "invested", "posted", "reported", "made",
            "booked", "earned", "shed", "eliminated", "let", "owns", "holds", "operates", "runs", "sells", "counts",
            "lists");
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "which", "while", "whereas", "but", "and", "who", "whose", "although", "though", "whilst", "as");
    /** ", as of June", ", as well as": "as" that opens no clause. */
    private static final Set<String> NOT_AFTER_AS = Set.of(
            "of", "well", "much", "many", "part", "high", "low", "little", "few", "long", "soon", "recently", "a", "an",
            "at", "in", "expected", "planned", "announced", "reported");

    /** Participles not in -ed that open an aside after a name: "Hooli, spun out of Globex in 2019,". */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("spun", "led", "run", "known", "built", "born");
    /** How many tokens an aside after the opening name may take before its closing comma. */
    private static final int APPOSITION_TOKENS = 16;

    private final int[] clause;

    private Clauses(int[] clause) {
        this.clause = clause;
    }

    /** The clause number of token {@code token}. */
    int at(int token) {
        return clause[token];
    }

    /** Whether token {@code token} stands in a relative clause or an aside. */
    boolean relative(int token) {
        return (clause[token] & RELATIVE) != 0;
    }

    static Clauses of(Tokens t) {
        int[] clause = new int[t.size];
        int next = 0;
        int current = 0;
        int resume = -1;
        for (int i = 0; i < t.size; i++) {
            if (t.isSymAny(i, ";:") && !(t.isNum(i - 1) && t.isNum(i + 1) && t.attached(i + 1))) {
                current = ++next;
                resume = -1;
            } else if (t.isSym(i, '(') && resume < 0 && parentheticalClause(t, i)) {
                // "(the company has about 1.55 million workers in total)": an aside with its own verb
                resume = current;
                current = ++next | RELATIVE;
            } else if (t.isSym(i, ')') && resume >= 0) {
                clause[i] = current;
                current = resume;
                resume = -1;
                continue;
            } else if (t.isSym(i, ',') && resume < 0 && appositionOfTheOpeningName(t, i)) {
                // "Nimbus, founded in 2021 by three former Corrigan engineers, employs": an aside about the name
                clause[i] = current;
                resume = current;
                current = ++next | RELATIVE;
                continue;
            } else if (t.isWord(i) && CLAUSE_OPENERS.contains(t.lower(i))) {
                String w = t.lower(i);
                boolean comma = t.isSym(i - 1, ',') || dashBreak(t, i - 1);
                if (w.equals("as") && (!comma || t.isAny(i + 1, NOT_AFTER_AS) || !t.isWord(i + 1))) {
                    clause[i] = current;
                    continue;
                }
                if (comma && (w.equals("which") || w.equals("who") || w.equals("whose"))) {
                    resume = current;
                    current = ++next | RELATIVE;
                } else if (comma || w.equals("while") || w.equals("whereas") || w.equals("whilst")
                        || (w.equals("but") && i > 0)
                        || (w.equals("and") && t.isAny(i + 1, VERBS_AFTER_AND))) {
                    current = ++next;
                    resume = -1;
                }
            } else if ((t.isSym(i, ',') || dashBreak(t, i)) && resume >= 0
                    && !(t.isNum(i - 1) && t.isNum(i + 1) && t.attached(i + 1))
                    && !(t.isWord(i + 1) && CLAUSE_OPENERS.contains(t.lower(i + 1)))) {
                clause[i] = current;
                current = resume;
                resume = -1;
                continue;
            }
            clause[i] = current;
        }
        return new Clauses(clause);
    }

    /**
     * A comma after the name that opens the sentence, followed by a participle ("Hooli, founded in 2019 by
     * two former Globex engineers,", "Hooli, backed by Globex,") or by another name's possessive ("Globex,
     * Hooli's largest backer,"), and closed by a comma later: an aside that describes the opening name.
     */
    private static boolean appositionOfTheOpeningName(Tokens t, int comma) {
        int first = 0;
        while (first < comma && !t.isWord(first)) {
            first++; // a bullet or a quotation mark
        }
        if (first == comma || !NameShapes.isNameWord(t, first)) {
            return false;
        }
        for (int k = first; k < comma; k++) {
            if (!(t.isWord(k) && t.capitalised(k)) && !t.isSymAny(k, ".&-")) {
                return false;
            }
        }
        int next = comma + 1;
        boolean participle = t.isWord(next) && !t.capitalised(next) && !t.isAny(next, Lexicon.SPEECH_VERBS)
                && (t.lower(next).endsWith("ed") || t.isAny(next, IRREGULAR_PARTICIPLES));
        if (!participle && !possessiveNameAt(t, next)) {
            return false;
        }
        for (int k = next + 1; k < t.size && k <= next + APPOSITION_TOKENS; k++) {
            if (t.isSymAny(k, ";:")) {
                return false;
            }
            if (t.isSym(k, ',')) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised name of at most three words and its possessive from {@code at}: "Hooli's", "Nimbus Lattice's". */
    private static boolean possessiveNameAt(Tokens t, int at) {
        for (int k = at; k < at + 3 && t.isWord(k) && t.capitalised(k); k++) {
            if (t.isSymAny(k + 1, "'\u2019") && t.is(k + 2, "s")) {
                return true;
            }
        }
        return false;
    }

    /** A dash set off by spaces, as around an aside — not the dash of a range. */
    private static boolean dashBreak(Tokens t, int i) {
        return t.isSymAny(i, "\u2013\u2014") && !t.attached(i) && !t.attached(i + 1);
    }

    private static boolean parentheticalClause(Tokens t, int open) {
        for (int k = open + 1; k < t.size && k < open + 30 && !t.isSym(k, ')'); k++) {
            if (t.isAny(k, VERBS_AFTER_AND)) {
                return true;
            }
        }
        return false;
    }
}
