package dev.factcheck.claims;

import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Unit;
import dev.factcheck.text.Sentence;
import dev.factcheck.text.SentenceSplitter;
import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the numeric claims in article text. Thread-safe; build one per catalog and reuse it.
 *
 * <p>One pass per sentence over its tokens: non-claim numbers (URLs, phone numbers, times, ...) and
 * time expressions are marked first, then organisation names and metric cues are found, then every
 * remaining number becomes a claim tied to the subject of its clause, the metric cue nearest to it
 * in its clause, and the nearest period. Linear in the length of the text; no regular expression
 * can backtrack.
 */
public final class ClaimExtractor {

    /** Longer "sentences" are not prose (tables, dumps); they are cut to keep the work per figure bounded. */
    private static final int MAX_SENTENCE = 2_000;
    private static final Set<String> VERBS_AFTER_AND = Set.of(
            "has", "have", "had", "will", "would", "is", "was", "are", "were", "employs", "employed", "cut", "cuts",
            "plans", "said", "says", "expects", "added", "hired", "laid", "invested", "posted", "reported", "made",
            "booked", "earned", "shed", "eliminated", "let", "owns", "holds");
    private static final Set<String> FUTURE_WORDS = Set.of(
            "will", "would", "plans", "plan", "planned", "aims", "intends", "expects", "wants");
    private static final Set<String> HIRING_WORDS = Set.of(
            "hire", "hires", "hired", "hiring", "add", "adds", "added", "adding", "recruit", "recruits", "recruited",
            "recruiting", "signed", "sign");
    private static final Set<String> DATING_WORDS = Set.of(
            "said", "says", "told", "wrote", "writes", "added", "explained", "noted", "announced", "reported",
            "dated", "confirmed", "disclosed", "stated");
    private static final Set<String> PRESENT_WORDS = Set.of("now", "still", "currently", "today");
    private static final Set<String> OWNERS = Set.of("its", "their", "our", "his", "her");
    private static final Set<String> AGAIN_WORDS = Set.of("another", "further", "additional");
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("in", "into", "on", "behind");
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "which", "while", "whereas", "but", "and", "who", "although", "though", "whilst");
    private static final Set<String> SPAN_WORDS = Set.of(
            "people", "employees", "employee", "workers", "worker", "jobs", "job", "roles", "role", "positions",
            "position", "staff", "staffers", "engineers", "contractors", "managers", "recruiters", "corporate",
            "office", "warehouse", "tech", "salaried", "cuts", "layoffs", "redundancies", "posts", "more");

    private record Phrase(Qualifier qualifier, String[] words) {
    }

    private final ExtractionSettings settings;
    private final EntityFinder entities;
    private final MetricCues cues;
    private final List<Phrase> qualifierPhrases;

    public ClaimExtractor(Catalog catalog, ExtractionSettings settings) {
        Objects.requireNonNull(catalog, "catalog");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.entities = new EntityFinder(catalog);
        this.cues = new MetricCues(catalog);
        List<Phrase> phrases = new ArrayList<>();
        for (Map.Entry<Qualifier, List<String>> e : settings.qualifierWords().entrySet()) {
            for (String phrase : e.getValue()) {
                Tokens t = Tokens.of(phrase, 0, phrase.length());
                if (t.size > 0) {
                    String[] words = new String[t.size];
                    for (int i = 0; i < t.size; i++) {
                        words[i] = t.lower(i);
                    }
                    phrases.add(new Phrase(e.getKey(), words));
                }
            }
        }
        phrases.sort(Comparator.comparingInt((Phrase p) -> p.words.length).reversed());
        this.qualifierPhrases = List.copyOf(phrases);
    }

    /** The claims of {@code text}, numbered c1, c2, ... in text order. */
    public List<Claim> extract(String text, LocalDate publishedAt) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(publishedAt, "publishedAt");
        List<Claim> claims = new ArrayList<>();
        if (text.isEmpty()) {
            return claims;
        }
        boolean[] masked = NonClaims.maskText(text);
        Set<String> personNames = new HashSet<>();
        Discourse discourse = new Discourse();
        for (Sentence sentence : SentenceSplitter.split(text)) {
            if (sentence.text().length() <= MAX_SENTENCE) {
                extractSentence(text, sentence, publishedAt, masked, personNames, discourse, claims);
                continue;
            }
            // Not prose: cut at white space into pieces, so that the work per piece stays bounded.
            int from = sentence.start();
            while (from < sentence.end()) {
                int to = Math.min(sentence.end(), from + MAX_SENTENCE);
                if (to < sentence.end()) {
                    int cut = to;
                    while (cut > from + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(cut))) {
                        cut--;
                    }
                    to = cut > from + MAX_SENTENCE / 2 ? cut : to;
                }
                extractSentence(text, new Sentence(sentence.index(), from, to, text.substring(from, to)), publishedAt,
                        masked, personNames, discourse, claims);
                from = to;
            }
        }
        return claims;
    }

    /** The organisation most recently named before the current sentence. */
    private static final class Discourse {
        boolean named;
        String entity;
        /** The organisation of a sentence ending with a colon: the subject of the list that follows. */
        boolean listNamed;
        String listEntity;
        /** The latest counterparty named: the antecedent of "the start-up" after "invested in". */
        String object;
    }

    private void extractSentence(String text, Sentence sentence, LocalDate pub, boolean[] masked,
                                 Set<String> personNames, Discourse discourse, List<Claim> claims) {
        Tokens t = Tokens.of(text, sentence.start(), sentence.end());
        if (t.size == 0) {
            return;
        }
        boolean bullet = t.isSymAny(0, "\u2013\u2014-\u2022*\u00b7") && discourse.listNamed;
        if (bullet) {
            discourse.named = true;
            discourse.entity = discourse.listEntity;
        } else {
            discourse.listNamed = false;
        }
        boolean[] taken = new boolean[t.size];
        NonClaims.mark(t, masked, taken);
        List<PeriodMention> periods = PeriodFinder.find(t, taken, pub);
        List<Mention> mentions = entities.find(t, taken, personNames);
        List<MetricCues.Cue> sentenceCues = cues.find(t);
        int[] clause = clauses(t);
        markObjects(t, mentions, sentenceCues, clause);
        resolveCoreferences(mentions, discourse);

        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (taken[i] || (!t.isNum(i) && !t.isWord(i))) {
                continue;
            }
            Figure f = NumberReader.read(t, i, taken);
            if (f != null) {
                NumberReader.markTaken(taken, f.startTok, f.endTok);
                figures.add(f);
                i = f.endTok - 1;
            }
        }
        Claim previous = null;
        int previousClause = -1;
        for (Figure f : figures) {
            if (t.is(f.startTok - 1, "in") && (t.isNum(f.startTok - 2)
                    || NumberReader.NUMBER_WORDS.containsKey(t.lower(f.startTok - 2)))) {
                continue; // "one in ten", "1 in 5": a ratio, not a count
            }
            if (f.unit == null && !f.scaled && f.high == null && f.value.compareTo(BigDecimal.TEN) < 0
                    && f.value.scale() <= 0 && nearestCue(t, f, figures, sentenceCues, clause, clause[f.startTok]) == null
                    && !Lexicon.peopleNounWithin(t, f.endTok, 3)) {
                continue; // "3 reasons": a small bare count is not a checkable figure
            }
            Claim claim = claim(t, sentence, f, previous, previousClause, figures, periods, mentions, sentenceCues, clause, discourse,
                    claims.size() + 1);
            claims.add(claim);
            previous = claim;
            previousClause = clause[f.startTok];
        }
        if (bullet) {
            return;
        }
        for (Mention m : mentions) {
            if (m.antecedent()) {
                discourse.named = true;
                discourse.entity = m.entity;
            }
        }
        if (t.isSym(t.size - 1, ':') && discourse.named) {
            discourse.listNamed = true;
            discourse.listEntity = discourse.entity;
        }
    }

    private Claim claim(Tokens t, Sentence sentence, Figure f, Claim previous, int previousClause, List<Figure> figures,
                        List<PeriodMention> periods,
                        List<Mention> mentions, List<MetricCues.Cue> sentenceCues, int[] clause,
                        Discourse discourse, int number) {
        int figureClause = clause[f.startTok];
        // Qualifier written before the figure, or after it ("or more", "14,000+").
        Qualifier qualifier = null;
        int spanStart = f.startTok;
        int spanEnd = f.endTok;
        if (f.high != null) {
            qualifier = Qualifier.RANGE;
            if (t.is(f.startTok - 1, "between")) {
                spanStart = f.startTok - 1;
            }
        } else {
            for (Phrase p : qualifierPhrases) {
                if (endsWith(t, f.startTok, p.words)) {
                    qualifier = p.qualifier;
                    spanStart = f.startTok - p.words.length;
                    break;
                }
            }
            if (qualifier == null) {
                if (t.isSym(spanEnd, '+') && t.attached(spanEnd)) {
                    qualifier = Qualifier.MORE_THAN;
                    spanEnd++;
                } else if (t.is(spanEnd, "or") && (t.is(spanEnd + 1, "more") || t.is(spanEnd + 1, "so"))) {
                    qualifier = t.is(spanEnd + 1, "more") ? Qualifier.MORE_THAN : Qualifier.APPROXIMATELY;
                    spanEnd += 2;
                }
            }
        }

        MetricCues.Cue cue = nearestCue(t, f, figures, sentenceCues, clause, figureClause);
        // "18,000 people in January and a further 9,000 in March": the same measure again.
        boolean again = cue == null && previous != null && (f.unit == null || f.unit == previous.unit())
                && (t.isAny(f.startTok - 1, AGAIN_WORDS) || t.is(f.endTok, "more")
                || (previousClause != figureClause && f.unit == null && !t.isWord(f.endTok)));
        Unit unit = again ? previous.unit() : f.unit;
        if (unit == null) {
            if (cue != null && cue.metric().dimension() == Dimension.PEOPLE) {
                unit = Unit.PEOPLE;
            } else if (cue == null && Lexicon.peopleNounWithin(t, f.endTok, 3)) {
                unit = Unit.PEOPLE;
            } else if (followsUp(t, f.endTok) && earlierPeople(f, figures, t)) {
                unit = Unit.PEOPLE; // "... will lose 1,900 of them", "and 500 more"
            } else {
                unit = Unit.COUNT;
            }
        }
        String metric = again ? previous.metric() : cue == null ? null : cue.metric().name();
        String entity = entityFor(f, mentions, clause, figureClause, discourse);
        String object = null;
        if (again) {
            object = previous.object();
        } else if (cue != null && cue.hasObject()) {
            object = objectFor(f, mentions, clause, figureClause);
        }

        // "up from 221,000": the base of a comparison takes no period from the figure it is compared with
        PeriodMention period = nearestPeriod(t, f, figures, periods, clause, figureClause);
        if (period != null && period.startTok() < f.startTok && t.is(f.startTok - 1, "from") && previous != null
                && previous.unit() == unit) {
            period = null;
        }
        Period resolved = period == null ? null : period.period();
        PeriodSource source = resolved == null ? PeriodSource.NONE : period.source();

        // Extend the span over the words that say what was counted, and a period right after them.
        int words = 0;
        while (words < 3 && t.isWord(spanEnd) && SPAN_WORDS.contains(t.lower(spanEnd))) {
            spanEnd++;
            words++;
        }
        if (period != null && (t.is(spanEnd, "in") || t.is(spanEnd, "during") || t.is(spanEnd, "for"))
                && period.startTok() == spanEnd + 1) {
            spanEnd = period.endTok();
        } else if (period != null && period.startTok() == spanEnd && period.since()) {
            spanEnd = period.endTok();
        }

        Bounds bounds = bounds(f, qualifier);
        ClaimType type = type(t, f, qualifier, spanStart, clause, figureClause, period);
        int charStart = t.start[spanStart];
        int charEnd = t.end[spanEnd - 1];
        return new Claim("c" + number, t.text.substring(charStart, charEnd), new Span(charStart, charEnd),
                sentence.text(), normal(f.value), unit, qualifier, bounds, entity, object, metric, resolved,
                source, type);
    }

    private static boolean followsUp(Tokens t, int at) {
        return (t.is(at, "of") && (t.is(at + 1, "them") || t.is(at + 1, "those"))) || t.is(at, "more")
                || t.is(at, "others");
    }

    private static boolean earlierPeople(Figure f, List<Figure> figures, Tokens t) {
        for (Figure other : figures) {
            if (other == f) {
                return false;
            }
            if (other.unit == null && (Lexicon.peopleNounWithin(t, other.endTok, 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(Tokens t, int before, String[] words) {
        int n = words.length;
        if (before - n < 0) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!t.lower(before - n + k).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private Bounds bounds(Figure f, Qualifier qualifier) {
        BigDecimal v = f.value;
        BigDecimal p = f.precision;
        BigDecimal h = p.max(v.multiply(settings.hedgeFraction()));
        BigDecimal low;
        BigDecimal high;
        if (qualifier == null) {
            low = v.subtract(p);
            high = v.add(p);
        } else {
            switch (qualifier) {
                case APPROXIMATELY -> {
                    low = v.subtract(h);
                    high = v.add(h);
                }
                case MORE_THAN -> {
                    low = v;
                    high = null;
                }
                case JUST_OVER -> {
                    low = v;
                    high = v.add(h);
                }
                case AT_MOST -> {
                    low = BigDecimal.ZERO;
                    high = v;
                }
                case NEARLY -> {
                    low = v.subtract(h);
                    high = v;
                }
                case RANGE -> {
                    BigDecimal q = p.min(f.highPrecision);
                    low = v.subtract(q);
                    high = f.high.add(q);
                }
                default -> throw new IllegalStateException("unknown qualifier " + qualifier);
            }
        }
        if (low.signum() < 0) {
            low = BigDecimal.ZERO;
        }
        return new Bounds(normal(low), high == null ? null : normal(high));
    }

    static BigDecimal normal(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Marks the number of a relative clause (", which ...,"). */
    private static final int RELATIVE = 1 << 24;

    /**
     * Clause numbers per token. A new clause starts after ";" or ":", at ", which", ", while", "while",
     * ", but", ", and", and at "and" before a verb ("... and had 108,900 employees"); a relative clause
     * opened by ", which" or ", who" closes at the next comma, where the main clause resumes.
     */
    private static int[] clauses(Tokens t) {
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
            } else if (t.isWord(i) && CLAUSE_OPENERS.contains(t.lower(i))) {
                String w = t.lower(i);
                boolean comma = t.isSym(i - 1, ',') || dashBreak(t, i - 1);
                if (comma && (w.equals("which") || w.equals("who"))) {
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
        return clause;
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

    private static void markObjects(Tokens t, List<Mention> mentions, List<MetricCues.Cue> cues, int[] clause) {
        for (Mention m : mentions) {
            if ((m.kind == Mention.Kind.COREF && (m.end - m.start == 1)) || !OBJECT_PREPOSITIONS.contains(t.lower(m.start - 1))) {
                continue;
            }
            for (MetricCues.Cue cue : cues) {
                if (cue.hasObject() && cue.end() <= m.start && m.start - cue.end() <= 12
                        && clause[cue.start()] == clause[m.start]) {
                    m.objectRole = true;
                }
            }
        }
    }

    /**
     * A coreference takes the entity of the latest organisation named before it; one standing where
     * a counterparty goes ("put $8 billion into the start-up") takes the latest counterparty's name.
     */
    private static void resolveCoreferences(List<Mention> mentions, Discourse discourse) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.kind == Mention.Kind.COREF) {
                if (m.objectRole) {
                    m.entity = discourse.object;
                } else {
                    m.entity = last != null ? last.entity : discourse.entity;
                }
            } else if (m.objectRole) {
                discourse.object = m.entity != null ? m.entity : m.surface;
            }
            if (m.antecedent()) {
                last = m;
            }
        }
    }

    private static MetricCues.Cue nearestCue(Tokens t, Figure f, List<Figure> figures, List<MetricCues.Cue> cues,
                                             int[] clause, int figureClause) {
        Dimension dimension = f.unit == null ? null : f.unit.dimension();
        boolean hiring = false;
        for (int i = 0; i < t.size && !hiring; i++) {
            hiring = clause[i] == figureClause && t.isAny(i, HIRING_WORDS);
        }
        // "its 350,000 employees", "Amazon's 1.5 million workers": a stock of people, not a flow.
        boolean owned = f.possessiveBefore || t.isAny(f.startTok - 1, OWNERS)
                || (t.isAny(f.startTok - 2, OWNERS) && t.isAny(f.startTok - 1, Set.of("about", "some", "roughly", "nearly")));
        // "reduced its staff from 5,000 to 3,800": both ends of a change are levels, not the change.
        boolean level = false;
        if (t.is(f.startTok - 1, "from") || t.is(f.startTok - 1, "to")) {
            for (Figure other : figures) {
                level |= other != f && clause[other.startTok] == figureClause && other.unit == f.unit
                        && (t.is(other.startTok - 1, "from") || t.is(f.startTok - 1, "from"));
            }
        }
        owned |= level;
        MetricCues.Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestWeak = true;
        for (MetricCues.Cue cue : cues) {
            if (clause[cue.start()] != figureClause) {
                continue;
            }
            Dimension d = cue.metric().dimension();
            boolean fits = dimension == null ? (d == Dimension.PEOPLE || d == Dimension.COUNT) : d == dimension;
            if (!fits || (cue.weak() && hiring)) {
                continue;
            }
            int lo = cue.end() <= f.startTok ? cue.end() : f.endTok;
            int hi = cue.end() <= f.startTok ? f.startTok : cue.start();
            int distance = Math.max(0, hi - lo);
            if (cue.start() >= f.endTok && figureBetween(f, figures, lo, hi)) {
                continue; // "7,300 from 9,800 after ... cuts": a later cue belongs to the figure nearer to it
            }
            for (int k = lo; k < hi; k++) {
                // A cue across "and" or a comma more likely belongs to the figure on its side.
                if (t.is(k, "and") || t.is(k, "or") || (t.isSym(k, ',') && !(t.isNum(k - 1) && t.isNum(k + 1)))) {
                    distance += 3;
                }
            }
            if ((owned && cue.weak() && cue.start() >= f.endTok && distance <= 2) || (level && cue.weak())) {
                return cue;
            }
            boolean better = best == null || (bestWeak && !cue.weak())
                    || (bestWeak == cue.weak() && distance < bestDistance);
            if (better) {
                best = cue;
                bestDistance = distance;
                bestWeak = cue.weak();
            }
        }
        return best;
    }

    private static boolean figureBetween(Figure f, List<Figure> figures, int lo, int hi) {
        for (Figure other : figures) {
            if (other != f && other.unit == f.unit && other.startTok >= lo && other.endTok <= hi) {
                return true;
            }
        }
        return false;
    }

    private static String entityFor(Figure f, List<Mention> mentions, int[] clause, int figureClause,
                                    Discourse discourse) {
        Mention subject = null;
        Mention prepositional = null;
        Mention after = null;
        Mention earlierSubject = null;
        Mention earlierPrepositional = null;
        for (Mention m : mentions) {
            if (m.objectRole || (m.kind == Mention.Kind.UNKNOWN && m.placeLike)) {
                continue;
            }
            boolean sameClause = clause[m.start] == figureClause;
            if (m.end <= f.startTok) {
                if (sameClause) {
                    if (m.prepositional) {
                        prepositional = m;
                    } else {
                        subject = m;
                    }
                } else if (m.prepositional) {
                    earlierPrepositional = m;
                } else {
                    earlierSubject = m;
                }
            } else if (m.start >= f.endTok && sameClause && after == null) {
                after = m;
            }
        }
        for (Mention m : mentions) {
            // Walmart's 2.1m: a possessive right before the figure names whose it is.
            if (m.end == f.startTok - 2 && !m.objectRole && f.possessiveBefore) {
                return m.entity;
            }
        }
        Mention chosen = subject != null ? subject : prepositional != null ? prepositional
                : after != null ? after : earlierSubject != null ? earlierSubject : earlierPrepositional;
        if (chosen != null) {
            return chosen.entity;
        }
        return discourse.named ? discourse.entity : null;
    }

    private static String objectFor(Figure f, List<Mention> mentions, int[] clause, int figureClause) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (!m.objectRole || clause[m.start] != figureClause) {
                continue;
            }
            int distance = m.start >= f.endTok ? m.start - f.endTok : f.startTok - m.end + 1;
            if (distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return null;
        }
        return best.entity != null ? best.entity : best.surface;
    }

    /**
     * The period nearest to the figure in its clause, with no other figure between them, ties going
     * to the period after the figure; else the nearest in the sentence unless the clause states a plan.
     * A date that follows "said", "announced", "dated" ... dates the statement, not the figure.
     */
    private static PeriodMention nearestPeriod(Tokens t, Figure f, List<Figure> figures, List<PeriodMention> periods,
                                               int[] clause, int figureClause) {
        PeriodMention inClause = null;
        int inClauseDistance = Integer.MAX_VALUE;
        PeriodMention inSentence = null;
        int inSentenceDistance = Integer.MAX_VALUE;
        for (PeriodMention p : periods) {
            if (t.isSym(p.startTok() - 1, '(') && t.isSym(p.endTok(), ')') && t.isSymAny(p.endTok() + 1, "-\u2013\u2014")) {
                continue; // a dateline: SEATTLE (Oct. 28, 2025) —
            }
            int before = p.startTok() - (t.is(p.startTok() - 1, "on") || t.is(p.startTok() - 1, "in") ? 2 : 1);
            if (t.isAny(before, DATING_WORDS) || t.isAny(p.startTok() - 1, DATING_WORDS)) {
                continue;
            }
            boolean after = p.startTok() >= f.endTok;
            int lo = after ? f.endTok : p.endTok();
            int hi = after ? p.startTok() : f.startTok;
            if (hi - lo > 40) {
                continue;
            }
            boolean blocked = false;
            for (int k = lo; k < hi && !blocked; k++) {
                blocked = after && t.isAny(k, DATING_WORDS);
            }
            // A later period belongs to a figure of the same kind standing closer to it.
            for (Figure other : figures) {
                if (after && other != f && other.startTok >= lo && other.endTok <= hi && other.unit == f.unit) {
                    blocked = true;
                }
            }
            int distance = 2 * (hi - lo) + (after ? 0 : 1);
            if (clause[p.startTok()] == figureClause) {
                if (!blocked && distance < inClauseDistance) {
                    inClause = p;
                    inClauseDistance = distance;
                }
            } else if (distance < inSentenceDistance && !(after && blocked)) {
                inSentence = p;
                inSentenceDistance = distance;
            }
        }
        if (inClause != null) {
            return inClause;
        }
        for (int i = 0; i < t.size; i++) {
            if (clause[i] == figureClause && (t.isAny(i, FUTURE_WORDS) || t.isAny(i, PRESENT_WORDS))) {
                return null;
            }
        }
        // A period of a relative clause stays there, and a relative clause borrows none.
        if (inSentence == null || (figureClause & RELATIVE) != 0 || (clause[inSentence.startTok()] & RELATIVE) != 0) {
            return null;
        }
        return inSentence;
    }

    private static ClaimType type(Tokens t, Figure f, Qualifier qualifier, int spanStart, int[] clause,
                                  int figureClause, PeriodMention period) {
        if (qualifier == Qualifier.RANGE) {
            return ClaimType.INTERVAL;
        }
        for (int i = Math.max(0, spanStart - 6); i < Math.min(t.size, f.endTok + 6); i++) {
            if (clause[i] != figureClause || (i >= spanStart && i < f.endTok) || !t.isWord(i)) {
                continue;
            }
            String w = t.lower(i);
            if (!Lexicon.COMPARISON_WORDS.contains(w)) {
                continue;
            }
            boolean qualifierThan = w.equals("than") && (t.is(i - 1, "more") || t.is(i - 1, "less")
                    || t.is(i - 1, "fewer")) && (t.isNum(i + 1) || t.isSymAny(i + 1, "$\u20ac\u00a3~")
                    || NumberReader.NUMBER_WORDS.containsKey(t.lower(i + 1)));
            boolean upTo = w.equals("up") && t.is(i + 1, "to");
            boolean phrasal = (w.equals("up") || w.equals("down")) && i > 0 && (t.isWord(i - 1) || t.isSym(i - 1, '-'))
                    && !t.isAny(i - 1, Set.of("was", "is", "were", "are", "revenue", "sales", "profit", "income"));
            if (!qualifierThan && !upTo && !phrasal) {
                return ClaimType.COMPARISON;
            }
        }
        if (period != null && period.since() && period.period() != null) {
            return ClaimType.TEMPORAL;
        }
        return ClaimType.STATISTICAL;
    }
}
