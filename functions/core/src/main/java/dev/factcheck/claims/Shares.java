package dev.factcheck.claims;

import dev.factcheck.catalog.BuiltInMetrics;
import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * How reporters write a percentage that is a share of a whole (issue 15, class H), read for the
 * relation stage. The percentage states the ratio of a part to a whole of the same dimension; the
 * whole is what the words name after "of" or, when they name none, a level of people the sentence
 * gives as the base; the part is what its sentence's cut wording counts.
 * <ul>
 *   <li>A named whole: "P% of" (a closing quote may stand between: "less than 6%" of its people)
 *       and, within a few words, a metric cue or a noun for the people of an organisation after an
 *       owner ("its staff", "the 24,900 workers", "its people", "that workforce").</li>
 *   <li>The size of a cut of the workforce: "cut its workforce by 6%", "a 6% reduction in its staff",
 *       "a 6% workforce reduction", "slash 10% of jobs".</li>
 *   <li>A base: a percentage that a cut is, makes or comes to, or that puts it at, with nothing after
 *       it that it describes, in a sentence that names a level of people ("A cut of 1,600 from 24,900 is
 *       6.4%", "Measured against the 33,500 on its payroll, the cut is about 5.7%", "68,500 at the end of
 *       2024, which puts the cut at about 4.7%", "put the
 *       workforce at 18,300 at September 30, which would make the same cut about 4.6%") is a share of the
 *       workforce, measured against the record of the day the base is dated (September 30).</li>
 *   <li>The part: the sentence's earlier figure of the whole's dimension when it counts something
 *       else ("laid off 600 workers, a little under 7% of its staff"), else a cue of that dimension
 *       before the percentage in its clause, else, for a share of the workforce, the cut the
 *       sentence's wording names nearest before the percentage ("let 850 workers go", "its 850
 *       eliminations were", "would take out 1,740 jobs"): layoffs, unless hiring is named nearer.</li>
 * </ul>
 */
final class Shares {

    /** How far after "of" the whole of a share may be named. */
    private static final int WHOLE_WINDOW = 8;
    /** Words between a cut and a fraction in apposition to it: "let 850 workers go, or about a tenth of". */
    private static final Set<String> APPOSITION_WORDS = Set.of("or", "go", "off", "out");
    /** How far after a fraction word the verb whose subject it is may stand: "half of its 40,000 employees work". */
    private static final int PREDICATE_WINDOW = 8;
    /** Verbs and auxiliaries that make a fraction and its whole the subject of a clause of their own. */
    private static final Set<String> PREDICATES = Set.of(
            "is", "are", "was", "were", "will", "would", "could", "may", "might", "can", "do", "does", "did", "have",
            "has", "had", "now", "still", "already", "work", "works", "worked", "remain", "remains", "remained", "sit",
            "sits", "live", "lives", "say", "says", "said", "want", "wants", "hold", "holds", "come", "comes", "face",
            "faces", "lost", "lose", "belong", "belongs", "report", "reports");
    /** How many words after a ratio its whole may be named: "one in five Globex workers". */
    private static final int RATIO_WHOLE_WINDOW = 3;
    /** How many tokens around a figure a word of cutting may stand and say that the figure counts a cut. */
    private static final int CUT_REACH = 4;
    /** How far before a base share's percentage its linking verb and the cut may stand. */
    private static final int LINK_WINDOW = 10;

    private static final String HEADCOUNT = BuiltInMetrics.HEADCOUNT.name();
    private static final String LAYOFFS = BuiltInMetrics.LAYOFFS.name();

    /** Nouns for the people of an organisation: after an owner they name the workforce a share is of. */
    private static final Set<String> WORKFORCE_NOUNS = Set.of(
            "people", "team", "colleagues", "personnel", "headcount", "workforce", "staff", "employees", "workers",
            "payroll", "associates");
    /** Relative pronouns after a workforce noun that narrow it to some of its people: "of the people who". */
    private static final Set<String> NARROWING = Set.of("who", "whom");
    /** Words that make a noun after them someone's: "of its people", "of the 24,900 workers". */
    private static final Set<String> OWNERS = Set.of("its", "their", "our", "the", "that", "this", "his", "her");
    /** Words a column header names a share with: "Share of workforce", "Percent of staff". */
    private static final Set<String> SHARE_WORDS = Set.of(
            "share", "percent", "percentage", "pct", "proportion", "portion", "fraction");
    private static final Set<String> HEDGES = Set.of(
            "about", "some", "roughly", "nearly", "around", "approximately", "almost");
    /** Verbs that state what a cut amounts to: "the cut is about 5.7%", "the cuts represent 4%". */
    private static final Set<String> LINKING_VERBS = Set.of(
            "is", "was", "are", "were", "be", "been", "represent", "represents", "represented", "representing",
            "amount", "amounts", "amounted", "come", "comes", "came", "equal", "equals", "equalled", "equaled",
            "make", "makes", "made", "making");
    /** Words that cut people; a stem ("eliminat", "redundan", "dismiss") covers its forms. */
    private static final Set<String> CUT_WORDS = Set.of(
            "cut", "cuts", "cutting", "layoff", "layoffs", "laid", "lay", "lays", "laying", "shed", "sheds",
            "shedding", "axe", "axed", "axes", "axing", "slash", "slashed", "slashes", "slashing", "trim", "trimmed",
            "trims", "trimming", "reduction", "reductions", "reduce", "reduces", "reduced", "reducing", "cull",
            "culled", "culls", "retrenchment", "downsizing", "fired", "firing");
    private static final Set<String> CUT_STEMS = Set.of("eliminat", "redundan", "dismiss");
    /** Verbs that with a particle a few words later cut people: "let 850 workers go", "take out 1,740 jobs". */
    private static final Set<String> LET_VERBS = Set.of("let", "lets", "letting");
    private static final Set<String> TAKE_VERBS = Set.of("take", "takes", "took", "taking", "taken");
    /** Nouns of a cut that a percentage before them sizes: "a 6% reduction in its workforce". */
    private static final Set<String> CUT_NOUNS = Set.of("reduction", "reductions", "cut", "cuts", "trim", "layoff",
            "layoffs", "downsizing", "retrenchment");
    /** How many words the noun of a workforce may stand from the cut it is object of: "cut its global workforce by". */
    private static final int OWNED_NOUN = 4;
    /** Verbs that put a cut at a size, "at" closing them: "which puts the cut at about 4.7%". */
    private static final Set<String> PUTTING_VERBS = Set.of("put", "puts", "putting", "place", "places", "placed",
            "placing");
    /** Words that may follow a base share's percentage: it describes no noun after it. */
    private static final Set<String> AFTER_A_BASE = Set.of("and", "or", "but", "so", "while", "which", "as", "when");
    private static final String CLOSING_QUOTES = "\"'\u201d\u2019";

    /** A whole named after "of": its metric, its dimension, and whether only owners stand before its noun. */
    record Whole(String metric, Dimension dimension, boolean ofTheOrganisation) {
    }

    private Shares() {
    }

    /** The share the percentage states, or null when it states none. */
    static Relation.Share of(ClaimDraft draft) {
        if (draft.measure().unit() != Unit.PERCENT) {
            return null;
        }
        if (ofWhomACut(draft)) {
            return new Relation.Share(LAYOFFS, HEADCOUNT); // "employs about 9,600 people, roughly 6% of whom will lose their jobs"
        }
        Whole whole = namedWhole(draft);
        if (whole == null && narrowedWhole(draft)) {
            return null; // "closer to 4% of the people who actually move its freight": a share of no record's whole
        }
        int verb = draft.figure().fraction ? verbOfItsOwn(draft) : -1;
        if (verb >= 0) {
            // "a third of its staff will lose their jobs"; not "half of its 40,000 employees work remotely"
            boolean cut = whole != null && whole.metric().equals(HEADCOUNT) && cutWithin(draft, verb, CUT_REACH + 1);
            return cut ? new Relation.Share(LAYOFFS, HEADCOUNT) : null;
        }
        if (whole == null && cutOfTheWorkforce(draft)) {
            return new Relation.Share(LAYOFFS, HEADCOUNT);
        }
        if (whole == null) {
            return base(draft) ? new Relation.Share(LAYOFFS, HEADCOUNT, baseDate(draft)) : elided(draft);
        }
        String part = part(draft, whole);
        return part == null ? null : new Relation.Share(part, whole.metric());
    }

    /**
     * "Umbrella cut 8% of its staff; its own numbers put it closer to 5%": a percentage with no whole
     * and no metric of its own, right after a share in the same sentence, is a share of the same whole
     * when it is about the same organisation or no organisation is named between them ("calling it
     * 'nearly 7%' is generous"); "Rivian cut 4.5% of its staff, and Amazon owns a stake of 16%" is not,
     * and neither is a change ("and its shares fell 5%").
     */
    private static Relation.Share elided(ClaimDraft draft) {
        ClaimDraft previous = draft.previous();
        boolean opensTheSentence = previous == null && restatesAsSubject(draft);
        if (opensTheSentence) {
            previous = draft.sentence().priorClaim();
        }
        if (previous == null || draft.measure().metric() != null || previous.measure().unit() != Unit.PERCENT
                || !(previous.relating().relation() instanceof Relation.Share share)) {
            return null;
        }
        Tokens t = draft.tokens();
        int before = draft.qualifying().spanStart() - 1;
        if (t.isAny(before, Lexicon.COMPARISON_WORDS) || t.is(before, "by")) {
            return null; // "and its shares fell 5%": a change, not a share
        }
        String entity = draft.subject().entity();
        boolean same = entity != null && entity.equals(previous.subject().entity());
        int from = opensTheSentence ? 0 : previous.figure().endTok;
        return same || !organisationNamedBetween(draft, from, draft.figure().startTok) ? share : null;
    }

    /** Words that may stand before a percentage that opens its clause as its subject: "The 5% figure". */
    private static final Set<String> SUBJECT_DETERMINERS = Set.of("the", "that", "this", "a");
    /** Words for a figure itself, which a restated percentage may describe: "The 5% figure came from a slide". */
    private static final Set<String> WORDS_FOR_A_FIGURE = Set.of("figure", "number", "estimate", "claim", "reading");

    /**
     * "... which puts the cut at about 4.7%. The 5% figure came from a slide that rounded up. Both are
     * defensible; 6%, which one newsletter used, is not.": a percentage that opens its clause as its
     * subject, describing nothing after it but the figure itself, restates the share the text gave last
     * before its sentence. "Its margin was 5%" and "Shares fell 5%" open with another subject.
     */
    private static boolean restatesAsSubject(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int clause = draft.figureClause();
        for (int k = draft.qualifying().spanStart() - 1; k >= 0 && draft.clauses().at(k) == clause && !t.isSym(k, ';'); k--) {
            if (!t.isAny(k, SUBJECT_DETERMINERS) && !t.isSymAny(k, "\"\u201c'\u2018")) {
                return false;
            }
        }
        int after = draft.figure().endTok;
        return !t.isWord(after) || t.isAny(after, WORDS_FOR_A_FIGURE) || t.isAny(after, AFTER_A_BASE);
    }

    /**
     * The verb whose subject a fraction word and its whole are, or -1: "Half of its 40,000 employees
     * work remotely", "two-thirds of the remaining staff sit in its homebuilding arm". Such a fraction
     * counts what that verb says, and is a share of a cut only when the verb cuts ("a third of its staff
     * will lose their jobs"). A fraction word is a claim only as a share, so it needs this; a percentage
     * is a claim either way.
     */
    private static int verbOfItsOwn(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int clause = draft.figureClause();
        int end = Math.min(t.size, draft.figure().endTok + PREDICATE_WINDOW);
        for (int k = draft.figure().endTok; k < end && draft.clauses().at(k) == clause; k++) {
            if (t.isAny(k, PREDICATES)) {
                return k;
            }
            boolean separator = t.isSym(k, ',') && t.isNum(k - 1) && t.isNum(k + 1) || t.isSymAny(k, "'\u2019");
            if (!t.isWord(k) && !t.isNum(k) && !separator) {
                return -1;
            }
        }
        return -1;
    }

    /** A word of cutting or a layoffs cue ("lose their jobs", "be laid off") among the tokens from {@code from}. */
    private static boolean cutWithin(ClaimDraft draft, int from, int within) {
        for (int k = from; k < from + within && k < draft.tokens().size; k++) {
            if (cutAt(draft.tokens(), k)) {
                return true;
            }
        }
        for (MetricCues.Cue cue : draft.sentence().cues()) {
            if (cue.start() >= from && cue.start() < from + within && cue.metric().name().equals(LAYOFFS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The part a share states of the whole figure right after it, when that part is a whole number:
     * "half of its 2,000 employees" is 1,000, "a third of its 3,300 staff" 1,100; else null.
     */
    static BigDecimal impliedPart(ClaimDraft share, ClaimDraft whole) {
        Figure f = share.figure();
        if (!(share.relating().relation() instanceof Relation.Share s) || !s.whole().equals(whole.measure().metric())
                || whole.figure().startTok > f.endTok + WHOLE_WINDOW || !share.tokens().is(f.endTok, "of")) {
            return null;
        }
        BigDecimal ratio = f.exact != null ? f.exact : f.value;
        BigDecimal part = ratio.multiply(whole.figure().value).movePointLeft(2);
        BigDecimal rounded = part.setScale(0, RoundingMode.HALF_UP);
        return part.subtract(rounded).abs().compareTo(BigDecimal.ONE) < 0 ? rounded : null;
    }

    /**
     * The whole named after "of" ("of its 40,000 staff", "of the headcount"), or null. A percentage of
     * a percentage names no whole.
     */
    static Whole namedWhole(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int of = draft.figure().endTok;
        while (t.isSymAny(of, CLOSING_QUOTES)) {
            of++;
        }
        if (t.is(of, "of")) {
            return wholeAfter(t, of, draft.sentence().cues(), false);
        }
        return draft.figure().ratio ? ratioWhole(t, of) : null;
    }

    /** Relative pronouns that stand for the people counted before them: "6% of whom", "a tenth of them". */
    private static final Set<String> PEOPLE_PRONOUNS = Set.of("whom", "them", "those");

    /**
     * "employs about 9,600 people, roughly 6% of whom will lose their jobs": a share "of whom" the
     * workforce the sentence counted before it, which the clause after it cuts, is layoffs over headcount.
     */
    private static boolean ofWhomACut(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int of = draft.figure().endTok;
        ClaimDraft previous = draft.previous();
        return t.is(of, "of") && t.isAny(of + 1, PEOPLE_PRONOUNS) && previous != null
                && HEADCOUNT.equals(previous.measure().metric()) && cutWithin(draft, of + 2, CUT_REACH + 1);
    }

    /** "of the people who ...": a noun for people after "of", narrowed by a relative pronoun right after it. */
    private static boolean narrowedWhole(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int of = draft.figure().endTok;
        if (!t.is(of, "of")) {
            return false;
        }
        for (int k = of + 1; k < of + WHOLE_WINDOW && k + 1 < t.size && t.isWord(k); k++) {
            if (Lexicon.peopleNoun(t.lower(k)) && t.isAny(k + 1, NARROWING)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The whole a ratio names right after it, without "of": jobs or the people of an organisation,
     * past a name or an owner ("one in five Globex workers", "one in every ten jobs at the group", "1 in
     * 20 of its roles"); "one in five Americans" names none.
     */
    private static Whole ratioWhole(Tokens t, int at) {
        for (int k = at; k < at + RATIO_WHOLE_WINDOW && k < t.size && t.isWord(k); k++) {
            if (t.isAny(k, WORKFORCE_NOUNS) || t.isAny(k, Lexicon.JOB_NOUNS)) {
                return new Whole(HEADCOUNT, Dimension.PEOPLE, true);
            }
        }
        return null;
    }

    /**
     * The whole a table's column header names for the shares in its column ("Share of workforce", "%
     * of staff", "Cut as a percentage of headcount"), or null. A header needs no owner before its noun.
     */
    static Whole headerWhole(Tokens t, List<MetricCues.Cue> cues) {
        for (int i = 0; i + 1 < t.size; i++) {
            if ((t.isAny(i, SHARE_WORDS) || t.isSym(i, '%')) && t.is(i + 1, "of")) {
                return wholeAfter(t, i + 1, cues, true);
            }
        }
        return null;
    }

    /**
     * The whole named after the "of" at {@code of}: the first metric cue within a few words, or a noun
     * for the people of an organisation after an owner (or a figure: "of the 24,900 workers"). Null at
     * the end of the phrase, or for a percentage of a percentage.
     */
    private static Whole wholeAfter(Tokens t, int of, List<MetricCues.Cue> cues, boolean owned) {
        boolean onlyOwners = true;
        for (int k = of + 1; k <= of + WHOLE_WINDOW && k < t.size; k++) {
            if (t.isSymAny(k, ";:()") || (t.isSym(k, ',') && !(t.isNum(k - 1) && t.isNum(k + 1)))) {
                return null;
            }
            for (MetricCues.Cue cue : cues) {
                if (cue.start() == k) {
                    Dimension d = cue.metric().dimension();
                    boolean narrowed = d == Dimension.PEOPLE && t.isAny(cue.end(), NARROWING);
                    return d == Dimension.PERCENT || narrowed ? null : new Whole(cue.metric().name(), d, onlyOwners);
                }
            }
            if (owned && t.isAny(k, WORKFORCE_NOUNS)) {
                // "4% of the people who actually move its freight": a whole a relative clause narrows is a part
                return t.isAny(k + 1, NARROWING) ? null : new Whole(HEADCOUNT, Dimension.PEOPLE, onlyOwners);
            }
            boolean owner = t.isAny(k, OWNERS) || t.is(k, "s") && t.isSymAny(k - 1, "'\u2019");
            owned |= owner || t.isNum(k);
            onlyOwners &= owner || t.isNum(k) || t.isSymAny(k, "'\u2019") || t.isAny(k, HEDGES);
        }
        return null;
    }

    /**
     * The metric of the part: the sentence's previous figure of the whole's dimension when it counts
     * something else, else the nearest cue of that dimension before the percentage in its clause, else
     * for a share of the workforce the cut its sentence names nearest before it. Null when none fits,
     * or when hiring is named nearer before the percentage than any cut.
     */
    private static String part(ClaimDraft draft, Whole whole) {
        Tokens t = draft.tokens();
        int start = draft.qualifying().spanStart();
        if (hiringBefore(t, start)) {
            return null; // "After last year's cuts, Meta hired 2,000 people, about 3% of its staff": no cut
        }
        if (draft.figure().fraction && !governedByACut(draft)) {
            return null; // "Initech, which cut jobs in March, says half of its staff back the plan"
        }
        ClaimDraft previous = draft.previous();
        if (previous != null && previous.measure().metric() != null && !previous.measure().metric().equals(whole.metric())
                && previous.measure().unit().dimension() == whole.dimension()) {
            return previous.measure().metric();
        }
        String nearest = null;
        int clause = draft.figureClause();
        for (MetricCues.Cue cue : draft.sentence().cues()) {
            if (cue.end() <= draft.figure().startTok && draft.clauses().at(cue.start()) == clause
                    && cue.metric().dimension() == whole.dimension() && !cue.metric().name().equals(whole.metric())) {
                nearest = cue.metric().name();
            }
        }
        if (nearest != null) {
            return nearest;
        }
        return whole.metric().equals(HEADCOUNT) && (cutBefore(t, start, 0) || pointsBackAtACut(draft)) ? LAYOFFS : null;
    }

    /**
     * Demonstratives and pronouns that open a sentence about what the sentence before it said: "That is 5%
     * of its staff", "They amount to 3% of the workforce".
     */
    private static final Set<String> DEMONSTRATIVES = Set.of("that", "this", "they", "these", "those", "it");

    /**
     * "Tyrell cut 2,700 jobs in July, from a workforce of 54,000. That is 5% of its staff.", "The 780 jobs
     * Tidewell cut were in billing. They amount to 3% of the workforce.": a sentence opened by a
     * demonstrative or a pronoun and a linking verb, with no figure before the percentage, states the
     * share of the cut the text told just before it (its last claim is the cut or the workforce it came
     * out of).
     */
    private static boolean pointsBackAtACut(ClaimDraft draft) {
        Tokens t = draft.tokens();
        if (!t.isAny(0, DEMONSTRATIVES) || !t.isAny(1, LINKING_VERBS) || draft.previous() != null) {
            return false;
        }
        ClaimDraft.Measure prior = draft.sentence().priorMeasure();
        if (prior == null || !LAYOFFS.equals(prior.metric()) && !HEADCOUNT.equals(prior.metric())) {
            return false;
        }
        for (ClaimDraft.Measure earlier : draft.sentence().earlierMeasures().values()) {
            if (LAYOFFS.equals(earlier.metric())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a fraction word measures a cut written right before it in its clause: a word of cutting
     * a few words before ("to cut nearly a tenth of", "was cutting a third of"), a linking verb ("that was
     * one in five of", "came to less than a tenth of"), or a cut of its sentence it stands in apposition
     * to ("laid off 1,150 employees, nearly a tenth of its staff", "its 2,700 were spread over July,
     * roughly one in every twenty jobs"). A fraction word is a claim only as a share, so a
     * cut elsewhere in the sentence is not enough for it, as it is for a percentage.
     */
    private static boolean governedByACut(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int start = draft.qualifying().spanStart();
        int clause = draft.figureClause();
        for (int k = start - 1; k >= Math.max(0, start - CUT_REACH) && draft.clauses().at(k) == clause; k--) {
            if (cutAt(t, k)) {
                return true;
            }
        }
        if (t.isAny(start - 1, LINKING_VERBS) || t.is(start - 1, "to") && t.isAny(start - 2, LINKING_VERBS)) {
            return true;
        }
        ClaimDraft previous = draft.previous();
        if (previous == null || !countsACut(previous, HEADCOUNT)) {
            return false;
        }
        if (t.isSym(start - 1, ',')) {
            return true; // "Tyrell's 2,700 were spread over July, roughly one in every twenty jobs"
        }
        for (int k = previous.figure().endTok; k < start; k++) {
            if (t.isWord(k) && !t.isAny(k, Lexicon.PEOPLE_HEADS) && !t.isAny(k, APPOSITION_WORDS)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of hiring stands before {@code at} nearer than any word of cutting. */
    private static boolean hiringBefore(Tokens t, int at) {
        for (int k = at - 1; k >= 0; k--) {
            if (t.isAny(k, MetricStage.HIRING_WORDS)) {
                return true;
            }
            if (cutAt(t, k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the nearest word of cutting or hiring before {@code at}, back to {@code from}, cuts:
     * "let 850 workers go, roughly 4.4% of its staff", but not "After the cuts it hired 300, 2% of its staff".
     */
    static boolean cutBefore(Tokens t, int at, int from) {
        for (int k = at - 1; k >= from; k--) {
            if (t.isAny(k, MetricStage.HIRING_WORDS)) {
                return false;
            }
            if (cutAt(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code k} cuts people ("laid", "eliminated", "let ... go"). */
    static boolean cutAt(Tokens t, int k) {
        if (!t.isWord(k)) {
            return false;
        }
        if (t.isAny(k, CUT_WORDS)) {
            return true;
        }
        String w = t.lower(k);
        for (String stem : CUT_STEMS) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        // "let 850 workers go", "take out 1,740 jobs": the particle closes the verb.
        return t.is(k, "go") && wordWithin(t, k, LET_VERBS) || t.is(k, "out") && wordWithin(t, k, TAKE_VERBS);
    }

    private static boolean wordWithin(Tokens t, int at, Set<String> words) {
        for (int k = at - 1; k >= Math.max(0, at - 5); k--) {
            if (t.isAny(k, words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A percentage that a cut is, makes or comes to ("the cut is about 5.7%", "which would make the same
     * cut about 4.6%"), that describes nothing after it, in a sentence that names a level of people
     * before it: the workforce's figure or cue, or a base after "from", "against" or "out of".
     */
    private static boolean base(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int after = draft.figure().endTok;
        while (t.isSymAny(after, CLOSING_QUOTES)) {
            after++;
        }
        if (t.isWord(after) && !t.isAny(after, AFTER_A_BASE)) {
            return false;
        }
        int k = draft.qualifying().spanStart() - 1;
        while (t.isSymAny(k, CLOSING_QUOTES + "\u201c")) {
            k--;
        }
        boolean linked = t.isAny(k, LINKING_VERBS) || t.is(k, "to") && t.isAny(k - 1, LINKING_VERBS)
                || t.is(k, "at") && wordWithin(t, k, PUTTING_VERBS);
        if (!linked && !cutAt(t, k)) {
            return false;
        }
        int clause = draft.figureClause();
        int from = Math.max(0, k - LINK_WINDOW);
        while (from < k && draft.clauses().at(from) != clause) {
            from++;
        }
        return cutBefore(t, k + 1, from) && levelOfPeople(draft);
    }

    /**
     * A percentage by which a cut shrinks the workforce, in the three ways reporters write it: "cut its
     * workforce by 6%", "a 6% reduction in its workforce" or "a 6% workforce reduction", and "cut 6% of
     * jobs" (jobs, roles or positions right after a cutting verb). "cut costs by 6%" and "headcount fell
     * by 6%" name no cut of the workforce.
     */
    private static boolean cutOfTheWorkforce(ClaimDraft draft) {
        Tokens t = draft.tokens();
        int start = draft.qualifying().spanStart();
        int end = draft.figure().endTok;
        int clause = draft.figureClause();
        if (t.is(start - 1, "by")) {
            for (int k = start - 2; k >= Math.max(0, start - 2 - OWNED_NOUN) && draft.clauses().at(k) == clause; k--) {
                if (t.isAny(k, WORKFORCE_NOUNS)) {
                    return cutBefore(t, k, Math.max(0, k - OWNED_NOUN));
                }
            }
            return false;
        }
        int k = end;
        boolean workforce = t.isAny(k, WORKFORCE_NOUNS);
        if (workforce) {
            k++;
        }
        if (t.isAny(k, CUT_NOUNS)) {
            if (workforce) {
                return true; // "a 6% workforce reduction"
            }
            if (t.isAny(k + 1, Set.of("in", "to", "of"))) {
                for (int n = k + 2; n <= k + 1 + OWNED_NOUN && n < t.size; n++) {
                    if (t.isAny(n, WORKFORCE_NOUNS)) {
                        return true; // "a 6% reduction in its workforce"
                    }
                }
            }
            return false;
        }
        // "cut 6% of jobs", "is cutting about 6% of its roles"
        int of = end;
        while (t.isSymAny(of, CLOSING_QUOTES)) {
            of++;
        }
        int noun = t.isAny(of + 1, OWNERS) ? of + 2 : of + 1;
        return t.is(of, "of") && t.isAny(noun, Lexicon.JOB_NOUNS) && cutAt(t, start - 1);
    }

    /**
     * The day of the level a base share is measured against, when the sentence dates it ("put the
     * workforce at 18,300 at September 30, which would make the same cut about 4.6%" → September 30):
     * the end of the period of the nearest earlier figure of the workforce; null when none is dated.
     */
    private static LocalDate baseDate(ClaimDraft draft) {
        for (ClaimDraft d = draft.previous(); d != null; d = d.previous()) {
            if (d.measure().unit() == Unit.PEOPLE && (HEADCOUNT.equals(d.measure().metric()) || baseFigure(d))
                    && !countsACut(d, HEADCOUNT)) {
                PeriodMention period = d.timing().period();
                return period == null || period.period() == null ? null : period.period().to();
            }
        }
        return null;
    }

    /** The sentence names a level of people before the figure: a workforce cue, a headcount figure or a base. */
    private static boolean levelOfPeople(ClaimDraft draft) {
        for (MetricCues.Cue cue : draft.sentence().cues()) {
            if (cue.metric().name().equals(HEADCOUNT) && cue.end() <= draft.figure().startTok) {
                return true;
            }
        }
        for (ClaimDraft d = draft.previous(); d != null; d = d.previous()) {
            if (d.measure().unit() == Unit.PEOPLE && (HEADCOUNT.equals(d.measure().metric()) || baseFigure(d))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a share is about, where its words leave it open: a share of the same whole after a share
     * ("calling it nearly 7%") is the earlier share's organisation when no organisation is named
     * between them; a share of the whole organisation ("of its workforce", "of that workforce") is no
     * share of the part an aside named ("mainly in its trading division, about 4.9% of its workforce");
     * a share does not take the period that dates the level of its whole in its sentence ("Measured
     * against the 33,500 on its payroll at the end of 2024, the cut is about 5.7%", "It had 11,200 staff at
     * the end of 2024, so the latest cuts come to roughly 8.5% of its workforce": no period); and a share with no
     * period of its own takes the period of the cut it measures ("In March it cut 640 jobs, most of them
     * at its plant, which is roughly 4% of that workforce" → March).
     */
    static ClaimDraft place(ClaimDraft draft, Relation.Share share) {
        ClaimDraft previous = draft.previous();
        ClaimDraft.Subject subject = draft.subject();
        if (previous != null && previous.relating().relation() instanceof Relation.Share
                && previous.subject().entity() != null && !previous.subject().entity().equals(subject.entity())
                && !organisationNamedBetween(draft, previous.figure().endTok, draft.figure().startTok)) {
            subject = new ClaimDraft.Subject(previous.subject().entity(), subject.counterparty(), subject.part());
        }
        Whole whole = namedWhole(draft);
        if (subject.part() != null && whole != null && whole.ofTheOrganisation()) {
            subject = new ClaimDraft.Subject(subject.entity(), subject.counterparty(), null);
        }
        ClaimDraft part = null;
        for (ClaimDraft d = previous; d != null && part == null; d = d.previous()) {
            part = d.measure().unit() != Unit.PERCENT && !baseFigure(d) && countsACut(d, share.whole()) ? d : null;
        }
        PeriodMention period = draft.timing().period();
        if (period != null && whole != null && period.startTok() > draft.figure().endTok && datesTheWholeHeld(draft, period)) {
            period = null; // "about 10% of the workforce it had in December": December dates the whole
        }
        if (period != null && datesTheBase(draft, period)) {
            // "Measured against the 33,500 on its payroll at the end of 2024, the cut is about 5.7%", "employed
            // 11,200 at the end of 2024, so the latest cuts come to roughly 8.5% of its workforce"
            period = null;
        }
        if (period == null && part != null) {
            period = part.timing().period();
        }
        if (period == null && part == null && pointsBackAtACut(draft)) {
            // "... lifts the year's total to 2,750. They come to about 7% of its staff": a share of a total is
            // read over the total's period; a share of one round is read from that round whatever its period.
            for (ClaimDraft d = draft.sentence().priorClaim(); d != null && part == null; d = d.previous()) {
                part = d.measure().unit() != Unit.PERCENT && countsACut(d, share.whole()) ? d : null;
            }
            PeriodMention pointed = part == null || !(part.relating().relation() instanceof Relation.Total) ? null
                    : part.timing().period();
            period = pointed == null || pointed.period() == null ? null
                    : new PeriodMention(-1, -1, pointed.period(), pointed.source(), false);
        }
        return draft.with(subject).with(new ClaimDraft.Timing(period));
    }

    private static final Set<String> HOLDERS = Set.of("it", "they");
    /** Verbs by which a relative clause after a share's whole says when the organisation had it: "it had". */
    private static final Set<String> HAVING_VERBS = Set.of("had", "has", "employed", "employs", "counted", "reported",
            "listed");

    /**
     * Whether the period stands in a relative clause of the share's whole that says when the organisation
     * had it ("of the workforce it had in December", "of the staff it employed at the end of 2024").
     */
    private static boolean datesTheWholeHeld(ClaimDraft draft, PeriodMention period) {
        Tokens t = draft.tokens();
        for (int k = draft.figure().endTok; k + 1 < period.startTok(); k++) {
            if (t.isAny(k, HOLDERS) && t.isAny(k + 1, HAVING_VERBS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the period is the one an earlier figure of the sentence, the base of the share, took. */
    private static boolean datesTheBase(ClaimDraft draft, PeriodMention period) {
        for (ClaimDraft d = draft.previous(); d != null; d = d.previous()) {
            PeriodMention own = d.timing().period();
            if (own != null && own.startTok() == period.startTok() && own.startTok() >= 0
                    && d.measure().unit() == Unit.PEOPLE && !countsACut(d, HEADCOUNT)) {
                return true;
            }
        }
        return false;
    }

    /** The figure is the base of a ratio: "from 24,900", "against the 33,500", "out of roughly 600". */
    private static boolean baseFigure(ClaimDraft d) {
        Tokens t = d.tokens();
        int k = d.qualifying().spanStart() - 1;
        while (t.isAny(k, OWNERS) || t.isAny(k, HEDGES)) {
            k--;
        }
        return t.is(k, "from") || t.is(k, "against") || t.is(k, "of") && t.is(k - 1, "out");
    }

    /**
     * Whether the figure counts a cut: its metric is not the whole's, or a word of cutting stands right
     * around it in its clause ("would take out 1,740 jobs", "its 850 eliminations"), which a level of
     * the whole ("put the workforce at 18,300") lacks.
     */
    private static boolean countsACut(ClaimDraft d, String whole) {
        if (!whole.equals(d.measure().metric())) {
            return true;
        }
        Tokens t = d.tokens();
        int clause = d.clauses().at(d.figure().startTok);
        int end = Math.min(t.size, d.figure().endTok + CUT_REACH);
        for (int k = Math.max(0, d.qualifying().spanStart() - CUT_REACH); k < end; k++) {
            if (d.clauses().at(k) == clause && cutAt(t, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean organisationNamedBetween(ClaimDraft draft, int from, int to) {
        for (Mention m : draft.sentence().mentions()) {
            if (m.kind != Mention.Kind.COREF && m.start >= from && m.start < to) {
                return true;
            }
        }
        return false;
    }
}
