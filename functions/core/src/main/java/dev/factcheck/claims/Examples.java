package dev.factcheck.claims;

import dev.factcheck.catalog.Dimension;
import java.util.Set;

/**
 * Figures made up to explain, not reported: the value a condition supposes, a quotation the sentence
 * discusses as words and the figures that restate it, a case of a company in general or a supposed one, a
 * figure said not to mean another and a share of a figure. Explainers and blogs are full of them; none is
 * a quantity of an organisation the text names. One of the kinds of {@link Distractors}.
 *
 * <p>Longer than 300 lines on purpose: one small rule per way of making a case up, each with its words.
 */
final class Examples {

    private Examples() {
    }

    /** Pronouns that open a relative clause: "a company that cut", "an employer which". */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who");

    /** Words after a quoted figure that talk about the words, not the company: '"6% of staff" really means'. */
    private static final Set<String> WORDS_ABOUT_WORDS = Set.of("is", "was", "means", "meant", "really", "sounds");

    /** Words after a list of quoted wordings that talk about them: '"up to 2,000" and "as many as 2,000" are ceilings'. */
    private static final Set<String> LIST_VERBS = Set.of("are", "were", "all", "both", "mean", "sound", "say");

    /** The most tokens a quoted wording may take: "as many as 2,000". */
    private static final int QUOTED_WORDING = 8;

    /** Articles that make a company one in general: "A company that ...", "any employer with". */
    private static final Set<String> INDEFINITE_OPENINGS = Set.of("a", "an", "any");

    /**
     * Whether a figure is made up to explain, not reported: the value of a figure in a condition ("is wrong
     * if the true figure is 8,600"), a quoted figure the sentence talks about as words ('"More than 9,000"
     * is wrong', 'What "6% of staff" really means'), a case of a company in general. A figure said of "a
     * company that ..." after a named one is left a claim: "Meta grew from a start-up that employed 12
     * people to a company that employs 67,000" is Meta's.
     */
    static boolean any(SentenceContext sentence, Figure f) {
        return conditionalFigure(sentence.tokens(), f) || quotedAsWords(sentence, f) || listOfQuotedWordings(sentence, f)
                || comparedWithQuotedWords(sentence, f) || genericCase(sentence, f) || restatedExample(sentence, f)
                || sizedCompanyInGeneral(sentence, f) || figureThatMeansNothingMore(sentence, f)
                || shareOfAFigure(sentence.tokens(), f) || hypotheticalOrganisation(sentence)
                || quotedFromAnyStory(sentence.tokens(), f);
    }

    /** Pieces of copy in general, whose quoted wording a reader is told how to read: "When a story tells you". */
    private static final Set<String> STORIES = Set.of(
            "story", "report", "headline", "article", "release", "post", "profile", "piece", "outlet");

    private static final Set<String> WHENEVER = Set.of("when", "whenever", "if");

    /** How far before its quotation a story in general may stand: "When a story tells you a cut was". */
    private static final int STORY_REACH = 16;

    /**
     * A quoted wording of any story, told in a condition: 'When a story tells you a cut was "about 5% of
     * staff", check which headcount the reporter used'. A named source's quotation is reported, not supposed.
     */
    private static boolean quotedFromAnyStory(Tokens t, Figure f) {
        int open = openingQuote(t, f.startTok - 1);
        if (open < 0) {
            return false;
        }
        for (int k = open - 1; k >= Math.max(2, open - STORY_REACH); k--) {
            if (t.isAny(k, STORIES) && t.isAny(k - 1, INDEFINITE_OPENINGS) && t.isAny(k - 2, WHENEVER)) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a case made up to explain: "Suppose a start-up raises ...", "Take a firm with ...". */
    private static final Set<String> HYPOTHESES = Set.of(
            "suppose", "imagine", "say", "take", "consider", "if", "example", "instance", "picture", "assume");

    /** What a supposed case may be instead of a company: "For example, a round of $20 million at ...". */
    private static final Set<String> SUPPOSED_EVENTS = Set.of("round", "deal", "cut", "layoff", "valuation");

    /** Prepositions that may open a sentence before a company in general: "In a company of 1,000 people". */
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("in", "at", "for", "to");

    /** How many tokens may open a sentence before its company in general: "For example, a round of ...". */
    private static final int HYPOTHESIS_OPENING = 4;

    /**
     * A case made up to explain, about a company in general and no organisation the text names: the
     * sentence opens with a company in general sized or described ("A company of 9,500 that cuts 500 roles has
     * cut about 5%", "In a company of 1,000 people, a 10% cut means 100 jobs") or with a word of supposing
     * before one ("Suppose a start-up raises $50 million at a $500 million valuation", "Take a firm with
     * 20,000 staff that lays off 1,000"). Every figure of the sentence belongs to the case. A sentence that
     * names an organisation, or points at one with "it" or "the company" before the case, is a report
     * ("Initech, a company of 9,500, cut 500 roles").
     */
    private static boolean hypotheticalOrganisation(SentenceContext sentence) {
        Tokens t = sentence.tokens();
        int company = -1;
        boolean supposed = false;
        for (int k = 0; k < Math.min(t.size, HYPOTHESIS_OPENING + 1); k++) {
            supposed |= t.isAny(k, HYPOTHESES) && (k == 0 || (k == 1 && t.is(0, "for"))); // "Suppose", "For example,"
            if (t.isAny(k, INDEFINITE_OPENINGS)) {
                company = genericOrganisationAfter(t, k, supposed);
                if (company > 0) {
                    boolean opening = k == 0 || (k == 1 && t.isAny(0, OPENING_PREPOSITIONS));
                    boolean described = t.is(company + 1, "of") || t.is(company + 1, "with") || t.isAny(company + 1, RELATIVE_PRONOUNS);
                    if (!(supposed || (opening && described))) {
                        return false;
                    }
                    break;
                }
            }
        }
        if (company < 0) {
            return false;
        }
        for (Mention m : sentence.mentions()) {
            if (!m.placeLike && (m.kind != Mention.Kind.COREF || m.start < company)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The company in general after the article at {@code k}, past a few words that describe it ("a mid-sized
     * retailer", "a start-up"), or a round or a cut when the sentence supposes one; -1 when there is none.
     */
    private static int genericOrganisationAfter(Tokens t, int k, boolean supposed) {
        for (int j = k + 1; j <= k + 4 && j < t.size && (t.isWord(j) || t.isSym(j, '-')); j++) {
            if (t.isAny(j, Distractors.GENERIC_ORGANISATIONS) || (t.is(j, "up") && t.isSym(j - 1, '-') && t.is(j - 2, "start"))
                    || (supposed && t.isAny(j, SUPPOSED_EVENTS))) {
                return j;
            }
            if (t.capitalised(j)) {
                return -1; // "a Texas company", "a Globex unit": a real one, or a name
            }
        }
        return -1;
    }

    /**
     * "the 9,500" restating a figure of an example quotation earlier in its sentence: '"Cut 500 roles,
     * bringing headcount to about 9,500" gives you a level and a change; it is the 9,500 you should check,
     * not the 500'.
     */
    private static boolean restatedExample(SentenceContext sentence, Figure f) {
        if (!sentence.tokens().is(f.startTok - 1, "the")) {
            return false;
        }
        for (Figure earlier : sentence.figures()) {
            if (earlier.endTok <= f.startTok && earlier.value.compareTo(f.value) == 0 && quotedAsWords(sentence, earlier)) {
                return true;
            }
        }
        return false;
    }

    /** What a figure joined to a company in general by a hyphen counts: "a 12,000-person company". */
    private static final Set<String> SIZE_NOUNS = Set.of(
            "person", "people", "employee", "worker", "staff", "strong", "member", "store", "branch");

    /**
     * A company in general sized by a hyphened figure ("at a 12,000-person company", "an 800-employee
     * firm"), in a sentence that names no organisation, not even by "it" or "the company": the figures of
     * its clause make a case up to explain ('"About a tenth of the workforce" at a 12,000-person company is
     * 1,200 people'). "Initech, a 37,000-person company, cut 500 jobs" is Initech's.
     */
    private static boolean sizedCompanyInGeneral(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int clause = sentence.clauses().at(f.startTok);
        if (!sentence.mentions().isEmpty() && !onlyPlaces(sentence)) {
            return false;
        }
        for (int k = 1; k + 3 < t.size; k++) {
            if (sentence.clauses().at(k) == clause && t.isAny(k - 1, INDEFINITE_OPENINGS) && t.isNum(k)) {
                int hyphen = NonClaims.numberRunEnd(t, k);
                if (t.isSym(hyphen, '-') && t.isAny(hyphen + 1, SIZE_NOUNS) && t.isAny(hyphen + 2, Distractors.GENERIC_ORGANISATIONS)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean onlyPlaces(SentenceContext sentence) {
        for (Mention m : sentence.mentions()) {
            if (!m.placeLike) {
                return false;
            }
        }
        return true;
    }

    /**
     * A figure opening its sentence that the sentence says does not mean what it seems to: "$900 million
     * raised does not mean the company is worth $900 million". Both figures explain a distinction.
     */
    private static boolean figureThatMeansNothingMore(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        for (Figure first : sentence.figures()) {
            if (first.startTok > f.startTok) {
                return false;
            }
            // The sentence opens with the figure, or a full stop before a sum ends the sentence before it
            // ("... is not a valuation. $900 million raised does not mean").
            if (first.startTok > 0 && !t.isSym(first.startTok - 1, '.')) {
                continue;
            }
            for (int k = first.endTok; k < Math.min(t.size, first.endTok + 4); k++) {
                if (t.is(k, "not") && t.isAny(k - 1, DOES) && t.is(k + 1, "mean")) {
                    return f.startTok == first.startTok || f.startTok > k;
                }
            }
        }
        return false;
    }

    private static final Set<String> DOES = Set.of("does", "do", "need", "did");

    /** Nouns that name a figure as a whole of a share: "6% of the smaller figure". */
    private static final Set<String> NUMBER_NOUNS = Set.of("figure", "number", "figures", "numbers");

    /**
     * A percentage of a figure rather than of something counted ("not 6% of the smaller figure afterwards,
     * which would be a different ratio"): arithmetic about numbers. "5% of the number of staff" counts staff
     * and stays a share.
     */
    private static boolean shareOfAFigure(Tokens t, Figure f) {
        if (f.unit == null || f.unit.dimension() != Dimension.PERCENT || !t.is(f.endTok, "of")) {
            return false;
        }
        for (int k = f.endTok + 1; k <= f.endTok + 4 && t.isWord(k); k++) {
            if (t.isAny(k, NUMBER_NOUNS)) {
                return !t.is(k + 1, "of");
            }
        }
        return false;
    }

    /**
     * A figure in a relative clause of an organisation in general, one the sentence opens with ("A company
     * that cut 1,000 jobs out of 40,000 has done something very different from one that cut 1,000 out of
     * 4,000"), or "one that" after it: a case made up to explain. "grew from a start-up that employed 12
     * people to a company that employs 4,000" describes a company the text is about, and stays a claim.
     */
    private static boolean genericCase(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        for (int k = f.startTok - 1; k >= Math.max(1, f.startTok - 8); k--) {
            if (!t.isAny(k, RELATIVE_PRONOUNS)) {
                continue;
            }
            boolean opening = genericOpening(t) && (k == 2 || k == 3);
            boolean one = t.is(k - 1, "one") && (t.is(k - 2, "from") || t.is(k - 2, "than")) && genericOpening(t);
            return (opening || one) && !Distractors.organisationBetween(sentence, -1, f.startTok);
        }
        return false;
    }

    /** The sentence opens with an organisation in general: "A company that ...", "An employer which ...". */
    private static boolean genericOpening(Tokens t) {
        return t.isAny(0, INDEFINITE_OPENINGS) && ((t.isAny(1, Distractors.GENERIC_ORGANISATIONS) && t.isAny(2, RELATIVE_PRONOUNS))
                || (t.isWord(1) && t.isAny(2, Distractors.GENERIC_ORGANISATIONS) && t.isAny(3, RELATIVE_PRONOUNS)));
    }

    /**
     * A clause that opens with a list of quotations and talks about them as words: '"Some 2,000",
     * "roughly 2,000" and "about 2,000" all allow a little either way; "up to 2,000" and "as many as
     * 2,000" are ceilings'. The figures are wordings under discussion, no organisation's.
     */
    private static boolean listOfQuotedWordings(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int first = openingQuote(t, f.startTok - 1);
        if (first < 0) {
            return false;
        }
        int quotations = 1;
        for (int k = first - 1; k > 0; ) { // back over the quotations listed before: '"Some 2,000", "roughly 2,000" and'
            k -= t.is(k, "and") || t.is(k, "or") ? 1 : 0;
            k -= t.isSym(k, ',') ? 1 : 0;
            int open = t.isSymAny(k, "\"\u201d") ? openingQuote(t, k - 1) : -1;
            if (open < 0) {
                break;
            }
            first = open;
            quotations++;
            k = open - 1;
        }
        if (first > 0 && t.isWord(first - 1)) {
            return false; // 'calling it "nearly 7%"': what someone called a figure, not a list of wordings
        }
        int k = openingQuote(t, f.startTok - 1);
        quotations--; // the figure's own quotation is counted again below
        while (k >= 0 && k < t.size && t.isSymAny(k, "\"\u201c")) { // on over the quotations after it
            int close = k + 1;
            while (close < t.size && close <= k + QUOTED_WORDING && !t.isSymAny(close, "\"\u201d")) {
                close++;
            }
            if (close >= t.size || !t.isSymAny(close, "\"\u201d") || Distractors.organisationBetween(sentence, k, close)) {
                return false;
            }
            quotations++;
            k = close + 1;
            k += t.isSym(k, ',') ? 1 : 0;
            k += t.is(k, "and") || t.is(k, "or") ? 1 : 0;
        }
        return quotations >= 2 && (t.isAny(k, WORDS_ABOUT_WORDS) || t.isAny(k, LIST_VERBS));
    }

    /** The opening quotation mark at most {@value #QUOTED_WORDING} words before token {@code k} (inclusive), or -1. */
    private static int openingQuote(Tokens t, int k) {
        for (int i = k; i >= 0 && i >= k - QUOTED_WORDING; i--) {
            if (t.isSymAny(i, "\"\u201c")) {
                return i;
            }
            if (!t.isWord(i) && !t.isNum(i) && !t.isSymAny(i, ",.%$\u20ac\u00a3'\u2019")) {
                return -1; // "Last year's 2,100" may hold an apostrophe
            }
        }
        return -1;
    }

    /**
     * The figure a quotation opening its sentence, discussed as words, is set against, in a sentence that
     * names no organisation: '"A third of the staff" sounds more vivid than 33.3%'.
     */
    private static boolean comparedWithQuotedWords(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        if (!t.is(f.startTok - 1, "than") || !t.isSymAny(0, "\"\u201c")) {
            return false;
        }
        int close = 1;
        while (close < f.startTok && !t.isSymAny(close, "\"\u201d")) {
            close++;
        }
        return close < f.startTok && t.isAny(close + 1, WORDS_ABOUT_WORDS) && !Distractors.organisationBetween(sentence, 0, t.size);
    }

    /** "if the true figure is 8,600", "only if the 12,000 is current": the value a condition supposes. */
    private static boolean conditionalFigure(Tokens t, Figure f) {
        if (t.is(f.startTok - 1, "the") && t.is(f.startTok - 2, "if") && t.isAny(f.endTok, Distractors.FORMS_OF_BE)) {
            return true; // "but only if the 12,000 is current"
        }
        int verb = f.startTok - 1;
        if (!t.isAny(verb, Distractors.FORMS_OF_BE) || t.is(verb, "are") || !t.isAny(verb - 1, Distractors.FIGURE_NOUNS)) {
            return false;
        }
        for (int k = verb - 2; k >= Math.max(0, verb - 5); k--) {
            if (t.is(k, "if")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quotation opening its sentence (or after "What") whose figure the sentence discusses as words,
     * naming no organisation inside it: '"More than 9,000" is wrong', 'What "6% of staff" really means'.
     * 'calling it "nearly 7%" is generous' reports what someone claimed, and stays a claim.
     */
    private static boolean quotedAsWords(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int open = -1;
        for (int k = f.startTok - 1; k >= 0 && k >= f.startTok - QUOTED_SENTENCE; k--) {
            if (t.isSymAny(k, "\"\u201c")) {
                open = k;
                break;
            }
            if (!t.isWord(k) && !t.isNum(k) && !t.isSymAny(k, ",%$\u20ac\u00a3")) {
                return false;
            }
        }
        if (open < 0 || !(open == 0 || (open == 1 && t.is(0, "what")))) {
            return false;
        }
        int close = f.endTok;
        while (close < t.size && close <= f.endTok + QUOTED_SENTENCE && !t.isSymAny(close, "\"\u201d")) {
            close++;
        }
        if (close >= t.size || !t.isSymAny(close, "\"\u201d") || !wordsAboutTheQuotation(t, close + 1)) {
            return false;
        }
        return !Distractors.organisationBetween(sentence, open, close);
    }

    /** The most tokens a quotation discussed as words may take on either side of its figure. */
    private static final int QUOTED_SENTENCE = 16;

    /**
     * Verbs of a quotation that is the subject of its sentence and is discussed as words: '"Cut 500 roles,
     * bringing headcount to about 9,500" gives you a level and a change', '"Raised $80 million" hides the
     * valuation'. A quotation that reports ('"We will cut 500 jobs" says the memo') takes none of them.
     */
    private static final Set<String> DISCUSSING_VERBS = Set.of(
            "gives", "tells", "suggests", "implies", "conveys", "hides", "mixes", "conflates", "confuses", "blurs",
            "misleads", "describes", "captures", "overstates", "understates", "combines", "packs", "leaves", "hands");

    /**
     * What follows a quotation that opens its sentence when the sentence discusses its wording: a verb of
     * {@link #WORDS_ABOUT_WORDS} or of {@link #DISCUSSING_VERBS}.
     */
    private static boolean wordsAboutTheQuotation(Tokens t, int k) {
        return t.isAny(k, WORDS_ABOUT_WORDS) || t.isAny(k, DISCUSSING_VERBS);
    }
}
