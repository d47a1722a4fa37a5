package dev.factcheck.claims;

import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Unit;
import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the sentences read so far tell the next one: the organisation named last (the fallback
 * entity of a figure), the organisation of a sentence ending with a colon (the subject of the list
 * that follows), the latest counterparty (the antecedent of "the start-up" after "invested in"), the
 * latest counterparty of each investor and the latest company to raise money ({@link Ownership}), and the
 * latest period (the antecedent of "that year").
 * One per extraction; mutable, never shared between threads.
 */
final class Discourse {

    private boolean named;
    private String entity;
    private boolean listNamed;
    private String listEntity;
    private String listName;
    /** The latest counterparty named: the antecedent of "the start-up" after "invested in". */
    String object;
    /** The last period the text named: what "that year" and "the same period" refer to. */
    Period period;
    /**
     * The period of the results a release reports ("reported third-quarter revenue", "announced results
     * for its third quarter"): a reported revenue or profit that names no period is about it.
     */
    Period reportPeriod;
    /** The period a list header names ("Third-quarter highlights:"): what its bullets are about. */
    Period listPeriod;
    /** The measure of the last claim: what a bare figure in the next sentence counts. */
    ClaimDraft.Measure measure;
    /** The last claim, after every stage: the share a percentage opening the next sentence restates ("The 5% figure"). */
    ClaimDraft lastClaim;
    /** The measure of the latest claim of each value: what a repeated figure ("Another 600 would ...") counts. */
    private final Map<BigDecimal, ClaimDraft.Measure> measuresByValue = new HashMap<>();
    /** The latest counterparty of each investor in the claims so far: where "put in a further $4 billion" goes. */
    private final Map<String, String> counterparties = new HashMap<>();
    /** The organisation that last raised money, by name: whose round "invested in the round" means. */
    private String raiser;
    /** The catalog entity of {@link #raiser}, or null when the catalog does not know it. */
    private String raiserEntity;
    /** The name of the organisation named last (an unknown one too), and the entity and name named before it. */
    private String name;
    private boolean previousNamed;
    private String previousEntity;
    private String previousName;
    /** What the text has called each organisation: "Hooli is a robotics start-up" → start-up → Hooli. */
    private final Map<String, String> descriptions = new HashMap<>();
    /** The whole descriptions the text has used ("bergen-based group"), without their article: see {@link #describedAs}. */
    private final Set<String> phrases = new HashSet<>();
    /**
     * The first word of each catalog name the text wrote in full ("Sirius" of "Sirius Cybernetics"), with
     * its entity; a word that began the names of two organisations maps to {@link #AMBIGUOUS}.
     */
    private final Map<String, String> shortNames = new HashMap<>();
    /** How often the text has named each organisation (by name), counterparties included: what the text is about. */
    private final Map<String, Integer> timesNamed = new HashMap<>();
    /** The catalog entity of each name counted in {@link #timesNamed}, or no entry for an unknown one. */
    private final Map<String, String> entitiesByName = new HashMap<>();
    /** Organisations the text has shown putting money into another, or leading its round: its backers. */
    private final Set<String> backers = new HashSet<>();
    /** The owner of each organisation the text named one for: "Corvid, a subsidiary of Lumenfield" → Corvid → Lumenfield. */
    private final Map<String, String> parents = new HashMap<>();
    /** The names the text gave to parts of an organisation, with the organisation: "Offworld" → Tyrell. */
    private final Map<String, String> parts = new HashMap<>();
    /** Unions, analysts' firms and regulators the text named: never an organisation whose figures it reports. */
    private final Set<String> thirdParties = new HashSet<>();
    private static final String AMBIGUOUS = "";
    /** The organisation each figure of the claims so far was about, by value; {@link #AMBIGUOUS} when several. */
    private final Map<BigDecimal, String> claimedBy = new HashMap<>();
    /** The organisation of the latest claim, or null: whose "that figure" is. */
    private String lastClaimEntity;
    /** The smallest figure a restatement may be recognised by: "3" or "4%" recurs by chance, "24,900" does not. */
    private static final BigDecimal RESTATED_MINIMUM = BigDecimal.valueOf(100);

    private static final Set<String> RAISING_VERBS = Set.of("raised", "raises", "raise", "raising");
    /** What an organisation raises: "its August round", "a $600 million Series C financing". */
    private static final Set<String> ROUND_NOUNS = Set.of("round", "financing");
    private static final Set<String> GENERIC_HEADS = Set.of("company", "firm", "business");
    private static final Set<String> COPULAS = Set.of("is", "was", "remains", "became");

    private static final Set<String> DESCRIPTION_ENDS = Set.of(
            "that", "which", "who", "whose", "based", "with", "in", "of", "for", "from", "and", "to", "at", "on", "by");

    /**
     * Enters a sentence. A bullet line after a sentence ending with a colon is about that sentence's
     * organisation; any other sentence closes the list. Returns whether the sentence is such a bullet.
     */
    boolean enter(Tokens t) {
        boolean bullet = t.isSymAny(0, "\u2013\u2014-\u2022*\u00b7") && listNamed;
        if (bullet) {
            name(listEntity, listName);
        } else {
            listNamed = false;
        }
        return bullet;
    }

    /** Remembers what the claims of a sentence or a table row counted, the last one for a bare figure. */
    void measured(List<ClaimDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        // "Q3 2025 | $805 million | +7%": a change counts nothing, so a bare sum after the row counts what the row did.
        int last = drafts.size() - 1;
        while (last > 0 && aChange(drafts.get(last).measure())) {
            last--;
        }
        measure = drafts.get(last).measure();
        lastClaim = drafts.getLast();
        for (ClaimDraft draft : drafts) {
            measuresByValue.put(Figure.normal(draft.figure().value), draft.measure());
        }
    }

    /** A percentage with no metric: the change of a figure ("+7%", "down 6%"), which counts nothing. */
    private static boolean aChange(ClaimDraft.Measure m) {
        return m.unit() == Unit.PERCENT && m.metric() == null;
    }

    /**
     * A header that ends with a colon and names a metric of people or things but claims nothing
     * ("Layoffs so far this year:") gives its metric to the bare figures of the bullets under it
     * ("- Initech: 2,400 in March"), as a table header gives it to its column.
     */
    void headed(Tokens t, List<MetricCues.Cue> cues, boolean claimed) {
        if (claimed || t.size == 0 || !t.isSym(t.size - 1, ':')) {
            return;
        }
        measure = null; // a new list: what the bullets before it counted is not what this one counts
        for (MetricCues.Cue cue : cues) {
            Dimension d = cue.metric().dimension();
            if (d != Dimension.CURRENCY && !cue.weak()) {
                measure = new ClaimDraft.Measure(cue, d == Dimension.PEOPLE ? Unit.PEOPLE : Unit.COUNT,
                        cue.metric().name(), null);
                return;
            }
        }
    }

    /** The measure of the latest claim of each value so far, keyed by {@link Figure#normal} values; read-only. */
    Map<BigDecimal, ClaimDraft.Measure> measuresByValue() {
        return Collections.unmodifiableMap(measuresByValue);
    }

    /** The organisation named last before the current sentence, or null. */
    String entity() {
        return named ? entity : null;
    }

    /**
     * The organisation named last other than the one called {@code source} ("According to Raviga, the
     * company ..." never means Raviga, even when Raviga was named last), or null.
     */
    String entityOtherThan(String source) {
        if (named && !source.equals(name)) {
            return entity;
        }
        return previousNamed && !source.equals(previousName) ? previousEntity : null;
    }

    /**
     * What a description such as "the company" means when its sentence names no organisation before it:
     * the organisation named last (other than the sentence's {@code source}, when it quotes one), unless
     * that organisation is a backer the text names less often than the organisation it is about, the one
     * it names most that backs no one: "Globex, which led the round, has invested $250 million in Pied
     * Piper. The company plans to reach 600 employees" (a Pied Piper release) → Pied Piper.
     */
    String describedOrganisation(String source) {
        boolean last = named && (source == null || !source.equals(name));
        String candidate = last ? name : previousNamed && (source == null || !source.equals(previousName)) ? previousName : null;
        String candidateEntity = last ? entity : candidate == null ? null : previousEntity;
        if (candidate == null || !backers.contains(candidate)) {
            return candidateEntity;
        }
        String topic = null;
        int most = timesNamed.getOrDefault(candidate, 0);
        for (Map.Entry<String, Integer> e : timesNamed.entrySet()) {
            if (e.getValue() > most && !backers.contains(e.getKey()) && !e.getKey().equals(source)) {
                topic = e.getKey();
                most = e.getValue();
            }
        }
        return topic == null ? candidateEntity : entitiesByName.get(topic);
    }

    /**
     * The catalog organisation named last, or the one named before it, that is not {@code investor}
     * ("Globex, which led the round, has invested $250 million in the company" after "It now employs 450
     * people, Hendricks told me" → the company named before Hendricks), or null.
     */
    String knownEntityOtherThan(String investor) {
        if (named && entity != null && !entity.equals(investor)) {
            return entity;
        }
        return previousNamed && previousEntity != null && !previousEntity.equals(investor) ? previousEntity : null;
    }

    /** Remembers whose figure a claim was: a later sentence that restates it is about the same organisation. */
    void claimed(Figure figure, Unit unit, String claimEntity) {
        lastClaimEntity = claimEntity;
        if (unit != Unit.PERCENT) {
            stated(figure.value, claimEntity);
        }
    }

    /**
     * Remembers a value the text gave to an organisation without writing it: the part a share of a stated
     * whole makes ("half of its 2,000 employees" is 1,000 of them).
     */
    void stated(BigDecimal value, String claimEntity) {
        if (claimEntity == null || value.compareTo(RESTATED_MINIMUM) < 0) {
            return;
        }
        String known = claimedBy.putIfAbsent(Figure.normal(value), claimEntity);
        if (known != null && !known.equals(claimEntity)) {
            claimedBy.put(Figure.normal(value), AMBIGUOUS);
        }
    }

    /** Whether the sentence speaks of the figure claimed last: "A year ago that figure stood at $1 billion". */
    static boolean refersToTheLastFigure(Tokens t) {
        for (int i = 1; i < t.size; i++) {
            if (t.isAny(i, Distractors.FIGURE_NOUNS) && t.isAny(i - 1, Set.of("that", "this"))) {
                return true;
            }
        }
        return false;
    }

    /** The organisation of the latest claim, or null. */
    String lastClaimEntity() {
        return lastClaimEntity;
    }

    /** The one organisation whose claims the first restated figure of {@code figures} repeats, or null. */
    String restatedBy(List<Figure> figures) {
        for (Figure f : figures) {
            String entity = f.value == null ? null : claimedBy.get(Figure.normal(f.value));
            if (entity != null && !entity.equals(AMBIGUOUS)) {
                return entity;
            }
        }
        return null;
    }

    /** Remembers that {@code investor}'s latest claim put money into {@code counterparty}. */
    void invested(String investor, String counterparty) {
        counterparties.put(investor, counterparty);
    }

    /** Who put money into whom so far. */
    Ownership ownership() {
        return new Ownership(counterparties, raiser, raiserEntity);
    }

    private void name(String newEntity, String newName) {
        if (named && !newName.equals(name)) {
            previousNamed = true;
            previousEntity = entity;
            previousName = name;
        }
        named = true;
        entity = newEntity;
        name = newName;
    }

    /** The nouns the text has used to describe an organisation. */
    Set<String> described() {
        return descriptions.keySet();
    }

    /**
     * The entity each first word of a catalog name written in full stands for on its own later ("Sirius
     * shares closed up" after "Sirius Cybernetics plans to cut"), when no other name began with it.
     */
    Map<String, String> shortNames() {
        Map<String, String> unambiguous = new HashMap<>(shortNames);
        for (Iterator<String> names = unambiguous.values().iterator(); names.hasNext(); ) {
            if (AMBIGUOUS.equals(names.next())) {
                names.remove();
            }
        }
        return unambiguous;
    }

    /** The catalog owner the text named for {@code entity} ("a subsidiary of Lumenfield Energy"), or null. */
    String parentOf(String entity) {
        return entity == null ? null : parents.get(entity);
    }

    /**
     * Remembers owners the sentence names: "Corvid Analytics, a subsidiary of Lumenfield Energy,", "Tessera's
     * parent company, Van Loon Groep," (an owner the catalog does not know is remembered as unknown).
     */
    private void learnParents(Tokens t, List<Mention> mentions) {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention owned = mentions.get(k);
            Mention owner = mentions.get(k + 1);
            if (owned.entity == null) {
                continue;
            }
            if (owner.namesOwner && owner.start == owned.end + 1) {
                parents.put(owned.entity, owner.owner); // "Corvid Analytics, a subsidiary of Lumenfield Energy,"
            } else if (owner.kind != Mention.Kind.COREF && parentNamed(t, owned.end, owner.start)) {
                parents.put(owned.entity, owner.entity);
            }
        }
    }

    /** "'s parent company, " or "'s parent, " between two names. */
    private static boolean parentNamed(Tokens t, int from, int to) {
        return t.isSymAny(from, "'\u2019") && t.is(from + 1, "s") && t.is(from + 2, "parent") && t.isSym(to - 1, ',')
                && to - from <= 5;
    }

    /** The names the text has given to parts of an organisation, with the organisation; read-only. */
    Map<String, String> parts() {
        return Collections.unmodifiableMap(parts);
    }

    /** The names of the unions, analysts' firms and regulators the text has named. */
    Set<String> thirdParties() {
        return thirdParties;
    }

    /**
     * Whether a description with words before its noun ("the Ohio food group") is one the text has used
     * before, for an organisation it described so; a new one may describe another organisation than the
     * one last called a "group".
     */
    boolean describedAs(Mention m) {
        String phrase = phrase(m.surface);
        return phrase.indexOf(' ') < 0 || phrases.contains(phrase);
    }

    /** A description's words after its article, in lower case: "the Bergen-based group" → "bergen-based group". */
    private static String phrase(String surface) {
        String lower = surface.toLowerCase(java.util.Locale.ROOT).trim();
        int space = lower.indexOf(' ');
        return space < 0 ? lower : lower.substring(space + 1);
    }

    /** The organisation the text described with {@code head} last, or null. */
    String described(String head) {
        return head == null ? null : descriptions.get(head);
    }

    /**
     * Leaves a sentence that is not a bullet: its last antecedent outside a relative clause becomes the
     * organisation named last, and its descriptions ("Umbrella is a drugmaker", "Tyrell, the engineering group,") are
     * remembered for "the drugmaker" and "the group" later.
     */
    void leave(Tokens t, List<Mention> mentions, Clauses clauses) {
        learnDescriptions(t, mentions);
        learnParents(t, mentions);
        learnNames(t, mentions);
        learnBackers(mentions);
        int raising = firstRaising(t);
        Mention lastOutsideAsides = null;
        for (Mention m : mentions) {
            if (m.antecedent() && !clauses.relative(m.start)) {
                lastOutsideAsides = m;
            }
        }
        for (Mention m : mentions) {
            // "Marigold Pharma, which owns about 18% of Sundew, contributed $150 million. The drugmaker ...":
            // a name inside a relative clause is never the organisation the sentence leaves named last.
            if (m.antecedent() && (m == lastOutsideAsides || !clauses.relative(m.start) || lastOutsideAsides == null
                    || m.start < lastOutsideAsides.start)) {
                name(m.entity, m.name());
                if (m.end <= raising) {
                    raiser = m.name();
                    raiserEntity = m.entity;
                }
            }
        }
        if (t.isSym(t.size - 1, ':') && named) {
            listNamed = true;
            listEntity = entity;
            listName = name;
        }
    }

    /**
     * The first word of the sentence that says its subject raised money, or -1: a verb of raising
     * ("Kelvin Labs ... said it has raised $120 million"), a round's series name ("Prestige Worldwide
     * Closes $600 Million Series C") or the organisation's own round or financing ("Hooli collected $900
     * million in its August round", "the close of a $600 million financing"). A round after "the" ("invested
     * $40 million in the round", "led the Series C") is someone else's.
     */
    private static int firstRaising(Tokens t) {
        for (int i = 0; i < t.size; i++) {
            if (t.isAny(i, RAISING_VERBS)) {
                return i;
            }
            boolean series = t.text(i).equals("Series") && t.isWord(i + 1) && t.length(i + 1) == 1
                    && t.capitalised(i + 1) && !t.is(i - 1, "the");
            if (series || (t.isAny(i, ROUND_NOUNS) && ownRound(t, i))) {
                return i;
            }
        }
        return -1;
    }

    /** "its August round", "a $600 million financing": the round's own determiner, before any "the". */
    private static boolean ownRound(Tokens t, int round) {
        for (int k = round - 1; k >= Math.max(0, round - 6); k--) {
            if (t.is(k, "the")) {
                return false;
            }
            if (t.isAny(k, Set.of("its", "a", "an"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Counts the organisations the sentence names and remembers its backers: the first organisation of a
     * sentence that names a counterparty ("Globex has invested $250 million in Pied Piper", "Massive
     * Dynamic keeps a stake in Kelvin Labs") and the leader of a round ("led by Cyberdyne").
     */
    private void learnBackers(List<Mention> mentions) {
        boolean counterparty = false;
        Mention first = null;
        for (Mention m : mentions) {
            counterparty |= m.objectRole;
            if (m.kind != Mention.Kind.COREF && !m.thirdParty) {
                timesNamed.put(m.name(), timesNamed.getOrDefault(m.name(), 0) + 1);
                if (m.entity != null) {
                    entitiesByName.put(m.name(), m.entity);
                }
                if (m.attribution && !m.bought) {
                    backers.add(m.name());
                }
            }
            if (first == null && m.antecedent() && m.kind != Mention.Kind.COREF) {
                first = m;
            }
        }
        if (counterparty && first != null) {
            backers.add(first.name());
        }
    }

    /** Remembers the short forms of the catalog names written in full and the third parties of the sentence. */
    private void learnNames(Tokens t, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.thirdParty) {
                thirdParties.add(m.surface);
            }
            if (m.partName && m.entity != null && t.capitalised(m.start)) {
                parts.put(m.surface, m.entity);
            }
            if (m.kind == Mention.Kind.CATALOG && !m.part && m.end - m.start >= 2 && t.capitalised(m.start)) {
                String first = t.text(m.start);
                String known = shortNames.putIfAbsent(first, m.entity);
                if (known != null && !known.equals(m.entity)) {
                    shortNames.put(first, AMBIGUOUS);
                }
            }
        }
    }

    private void learnDescriptions(Tokens t, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.entity == null) {
                continue;
            }
            String head = m.head();
            if (m.kind == Mention.Kind.CATALOG && t.isAny(m.end, COPULAS) && (t.is(m.end + 1, "a") || t.is(m.end + 1, "an"))) {
                head = predicateHead(t, m.end + 2);
            }
            if (head != null && !GENERIC_HEADS.contains(head)) {
                descriptions.put(head, m.entity);
                phrases.add(m.kind == Mention.Kind.COREF ? phrase(m.surface) : predicatePhrase(t, m.end + 2));
            }
        }
    }

    /** The words of "a robotics start-up that ..." up to its noun, in lower case: "robotics start-up". */
    private static String predicatePhrase(Tokens t, int from) {
        int k = from;
        while (k < t.size && k < from + 6 && (t.isWord(k) || (t.isSym(k, '-') && t.attached(k)))
                && !t.isAny(k, DESCRIPTION_ENDS)) {
            k++;
        }
        return k == from ? "" : t.text.substring(t.start[from], t.end[k - 1]).toLowerCase(java.util.Locale.ROOT);
    }

    /** The noun of "a robotics start-up that ...", "a drugmaker based in ...": the last word before the description ends. */
    private static String predicateHead(Tokens t, int from) {
        int k = from;
        while (k < t.size && k < from + 6 && (t.isWord(k) || (t.isSym(k, '-') && t.attached(k)))
                && !t.isAny(k, DESCRIPTION_ENDS)) {
            k++;
        }
        if (k == from || !t.isWord(k - 1)) {
            return null;
        }
        if (t.is(k - 1, "up") && t.isSym(k - 2, '-') && t.is(k - 3, "start")) {
            return "start-up";
        }
        return t.lower(k - 1);
    }
}
