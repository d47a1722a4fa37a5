package dev.factcheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives the organisation names of a sentence their roles: a name after "in", "into" ... following
 * an investment-like cue is a counterparty ("invested $4B in Anthropic"), and a coreference ("the
 * company", "its") takes the entity of the organisation named before it.
 */
final class Coreferences {

    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("in", "into", "on", "behind");
    /** Verbs of holding a share of a company: "holds about 9% of the start-up". */
    private static final Set<String> HOLDING_VERBS = Set.of(
            "holds", "hold", "held", "holding", "owns", "own", "owned", "owning", "controls", "control", "controlled");
    /** How many words (a hedge: "about", "just under") may stand between a verb of holding and its percentage. */
    private static final int HEDGE_WORDS = 2;
    /** Pronouns that open a relative clause about the name before their comma. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whose", "that");
    /** Descriptions of a young company, which an investor never is. */
    private static final Set<String> START_UPS = Set.of("start-up", "startup");

    private Coreferences() {
    }

    /** Marks counterparties, then resolves coreferences; updates the discourse's latest counterparty. */
    static void resolve(Tokens t, List<Mention> mentions, List<MetricCues.Cue> cues, Clauses clauses,
                        Discourse discourse) {
        markObjects(t, mentions, cues, clauses);
        resolveCoreferences(t, mentions, clauses, discourse);
    }

    private static void markObjects(Tokens t, List<Mention> mentions, List<MetricCues.Cue> cues, Clauses clauses) {
        for (Mention m : mentions) {
            // "has put $1 billion into it": a pronoun right after the preposition stands for the company;
            // "its" never does ("in its Newark plant").
            boolean pronoun = m.kind == Mention.Kind.COREF && m.end - m.start == 1
                    && !(t.is(m.start, "it") && objectPreposition(t, m.start) == m.start - 1);
            // "the conglomerate's latest filing": a possessor of another noun is no counterparty, but
            // the owner of a round is ("invested $300 million in Hooli's latest round").
            if (heldShareOf(t, m.start)) {
                m.objectRole = true; // "holds about 9% of the start-up": the company the share is held in
                continue;
            }
            boolean possessor = t.isSymAny(m.end, "'\u2019") && t.is(m.end + 1, "s") && !roundAfter(t, m.end + 2);
            if (pronoun || possessor || (objectPreposition(t, m.start) < 0 && !givenTo(t, m, cues))) {
                continue;
            }
            for (MetricCues.Cue cue : cues) {
                if (cue.hasObject() && cue.end() <= m.start && m.start - cue.end() <= 12
                        && clauses.at(cue.start()) == clauses.at(m.start)) {
                    m.objectRole = true;
                }
            }
        }
    }

    /**
     * Whether the name at {@code start} is what a verb of holding holds a percentage of: "holds about 9% of
     * the start-up", "owns 18.5 percent of Hooli", "controlled roughly 40% of it".
     */
    private static boolean heldShareOf(Tokens t, int start) {
        int k = start - 1;
        if (!t.is(k, "of") || !(t.isSym(k - 1, '%') || t.is(k - 1, "percent"))) {
            return false;
        }
        k -= 2;
        while (k >= 0 && (t.isNum(k) || t.isSymAny(k, ".,"))) {
            k--;
        }
        return holdingVerbBefore(t, k + 1) >= 0;
    }

    /**
     * The verb of holding before the number starting at {@code number}, a hedge of at most two words
     * between ("holds about 9%", "owns 62%"), or -1.
     */
    static int holdingVerbBefore(Tokens t, int number) {
        int k = number - 1;
        for (int words = 0; words <= HEDGE_WORDS && t.isWord(k); words++, k--) {
            if (t.isAny(k, HOLDING_VERBS)) {
                return k;
            }
        }
        return -1;
    }

    /** "sent $150 million to Sundew Bio": the name right after the "to" of a cue of money given. */
    private static boolean givenTo(Tokens t, Mention m, List<MetricCues.Cue> cues) {
        for (MetricCues.Cue cue : cues) {
            if (cue.hasObject() && cue.start() == m.start - 1 && t.is(cue.start(), "to")) {
                return true;
            }
        }
        return false;
    }

    /** "round", "funding round" within a few words from {@code at}: "Hooli's latest funding round". */
    private static boolean roundAfter(Tokens t, int at) {
        for (int k = at; k < at + 3 && t.isWord(k); k++) {
            if (t.is(k, "round")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The preposition of a counterparty before {@code start}: right before it ("in Anthropic") or
     * before a few lower-case words describing it ("stake in robotics developer Hooli"); -1 when none.
     */
    private static int objectPreposition(Tokens t, int start) {
        for (int k = start - 1; k >= Math.max(0, start - 4); k--) {
            if (OBJECT_PREPOSITIONS.contains(t.lower(k))) {
                return k;
            }
            if (!t.isWord(k) || t.capitalised(k) || k == start - 4) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A coreference takes the entity of the latest organisation named before it; one standing where
     * a counterparty goes ("put $8 billion into the start-up") takes the latest counterparty's name.
     * A description the text has used for an organisation ("Hooli is a robotics start-up. ... the
     * start-up") means that organisation, unless it is an apposition of the name just before it. A name
     * inside a relative clause or an aside that closed before the coreference is not what it means.
     * Sources and backers ("according to Globex", "led by Sequoia") are never antecedents, nor is the
     * organisation named last when the sentence quotes it as its source.
     */
    private static void resolveCoreferences(Tokens t, List<Mention> mentions, Clauses clauses, Discourse discourse) {
        Mention last = null;
        Mention first = null;
        List<Mention> antecedents = new ArrayList<>();
        String source = null;
        for (Mention m : mentions) {
            if (m.attribution && source == null) {
                source = m.name();
            }
        }
        Mention title = listItemTitle(t, mentions);
        for (Mention m : mentions) {
            String described = discourse.described(m.head());
            if (described != null && title != null && !described.equals(title.entity)) {
                described = null; // "**3. Los Pollos.** ... the chain's": an item's description is of its title's company
            }
            boolean apposition = last != null && last.end == m.start - 1 && t.isSym(m.start - 1, ',');
            if (m.kind == Mention.Kind.COREF) {
                // "to acquire Chotchkie's Software, a maker of ...,": the description is of what was bought.
                m.bought |= apposition && last.bought;
                // "Brackwater Foods ... employs 7,300 people; the Ohio food group's sales rose": a description
                // with words the text has not used before means the organisation named last, not the one
                // last called a "group".
                boolean newDescription = !discourse.describedAs(m);
                if (m.parent) {
                    // "Corvid Analytics, a subsidiary of Lumenfield Energy, ... Its parent has 26,400" → Lumenfield;
                    // a parent the text never named stays unknown.
                    Mention owned = outsideClosedAsides(antecedents, m, clauses);
                    m.entity = discourse.parentOf(owned != null ? owned.entity : discourse.entity());
                } else if (described != null && !apposition && !newDescription) {
                    m.entity = described;
                } else if (m.end - m.start == 1 && whoseAntecedent(t, mentions, clauses, m) != null) {
                    Mention owner = whoseAntecedent(t, mentions, clauses, m);
                    m.entity = owner.entity;
                    m.referent = owner;
                } else if (m.objectRole && m.end - m.start == 1) {
                    m.entity = pronounCounterparty(antecedents, first, discourse);
                } else if (m.objectRole) {
                    m.entity = describedCounterparty(t, mentions, antecedents, m, clauses, discourse, first);
                } else if (outsideClosedAsides(antecedents, m, clauses) != null) {
                    // "a deal with Google, the search firm": an apposition describes the name right before it.
                    Mention referent = m.head() != null && !apposition ? describedReferent(antecedents, m, clauses)
                            : outsideClosedAsides(antecedents, m, clauses);
                    Mention invested = startUpAfterItsInvestor(mentions, m, referent);
                    m.entity = invested != null ? invested.entity : referent.entity;
                    m.referent = invested != null ? invested : referent;
                } else {
                    // "According to Raviga, the company has 3,900 staff": never the source, even named last.
                    m.entity = m.head() != null ? discourse.describedOrganisation(source)
                            : source == null ? discourse.entity() : discourse.entityOtherThan(source);
                }
            }
            if (m.objectRole && (m.entity != null || m.kind != Mention.Kind.COREF)) {
                discourse.object = m.entity != null ? m.entity : m.surface;
            }
            if (m.antecedent()) {
                last = m;
                first = first == null ? m : first;
                antecedents.add(m);
            }
        }
    }

    /**
     * The organisation a list item's title names, when the sentence opens with one ("**3. Los Pollos
     * Hermanos.** A meal costs", "<strong>2. Krusty Burger.</strong> The chain"), or null.
     */
    private static Mention listItemTitle(Tokens t, List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return null;
        }
        Mention first = mentions.getFirst();
        boolean opens = first.start == 0 || (first.start == 1 && t.isSymAny(0, NameShapes.BULLETS));
        return opens && first.kind != Mention.Kind.COREF && t.isSym(first.end, '.') && t.isSymAny(first.end + 1, "<*")
                ? first : null;
    }

    /**
     * What a description standing where a counterparty goes means: the sentence's latest counterparty
     * before it ("in Anthropic, while Amazon has put $8 billion into the start-up"), else the latest
     * organisation the sentence named before it other than the investor ("Hooli's round was led by
     * Nakatomi, which has invested $450 million in the company" → Hooli), else the latest counterparty of
     * the text, else the organisation named last other than the investor. The investor is the subject of the description's clause, else
     * the name a relative clause hangs on ("Nakatomi, which"), else the sentence's first organisation.
     */
    private static String describedCounterparty(Tokens t, List<Mention> mentions, List<Mention> antecedents, Mention m,
                                                Clauses clauses, Discourse discourse, Mention first) {
        String counterparty = null;
        Mention investor = null;
        for (Mention a : antecedents) {
            if (a.end <= m.start && !a.prepositional && clauses.at(a.start) == clauses.at(m.start)) {
                investor = a;
            }
        }
        if (investor == null) {
            Mention relative = relativeAntecedent(t, mentions, clauses, m.start);
            investor = relative != null ? relative : first;
        }
        for (Mention c : mentions) {
            if (c.end <= m.start && c.objectRole && (c.entity != null || c.kind != Mention.Kind.COREF)) {
                // "in Anthropic, while Amazon has put $8 billion into the start-up": named as the text names it
                counterparty = c.entity != null ? c.entity : c.surface;
            }
        }
        if (counterparty != null) {
            return counterparty;
        }
        for (int k = antecedents.size() - 1; k >= 0; k--) {
            Mention a = antecedents.get(k);
            if (a != investor && a.entity != null && (investor == null || !a.entity.equals(investor.entity))) {
                return a.entity;
            }
        }
        return discourse.object != null ? discourse.object
                : discourse.knownEntityOtherThan(investor == null ? null : investor.entity);
    }

    /**
     * The name a relative clause holding token {@code token} hangs on ("Nakatomi" in "led by Nakatomi,
     * which has invested $450 million"), a source or a backer too, or null when the token stands in no
     * relative clause opened right after a name.
     */
    static Mention relativeAntecedent(Tokens t, List<Mention> mentions, Clauses clauses, int token) {
        int start = relativeStart(clauses, token);
        if (start < 0 || !t.isAny(start, RELATIVE_PRONOUNS) || !t.isSym(start - 1, ',')) {
            return null;
        }
        for (Mention a : mentions) {
            if (a.end == start - 1 && !(a.kind == Mention.Kind.UNKNOWN && a.placeLike)) {
                return a;
            }
        }
        return null;
    }

    /** The first token of the relative clause holding token {@code token}, or -1 when it stands in none. */
    private static int relativeStart(Clauses clauses, int token) {
        if (!clauses.relative(token)) {
            return -1;
        }
        int start = token;
        while (start > 0 && clauses.at(start - 1) == clauses.at(token)) {
            start--;
        }
        return start;
    }

    /**
     * "Hooli, whose latest round valued it at $7.5 billion": a pronoun in a clause opened by ", whose"
     * stands for the name the clause hangs on, a counterparty too. Null for any other pronoun.
     */
    private static Mention whoseAntecedent(Tokens t, List<Mention> mentions, Clauses clauses, Mention pronoun) {
        int start = relativeStart(clauses, pronoun.start);
        return start >= 0 && t.is(start, "whose") ? relativeAntecedent(t, mentions, clauses, pronoun.start) : null;
    }

    /**
     * "Globex put $400 million into Hooli, joining a round for the start-up": a start-up the sentence
     * speaks of after a counterparty is that counterparty, never the investor its clause opened with. Null
     * when the description is no start-up, names the counterparty already or follows none.
     */
    private static Mention startUpAfterItsInvestor(List<Mention> mentions, Mention m, Mention referent) {
        if (m.head() == null || !START_UPS.contains(m.head()) || referent.objectRole) {
            return null;
        }
        Mention counterparty = null;
        for (Mention c : mentions) {
            if (c.end <= m.start && c.objectRole && c.entity != null && c.start > referent.start) {
                counterparty = c;
            }
        }
        return counterparty;
    }

    /**
     * The latest antecedent that does not stand in a relative clause or an aside the coreference is
     * outside of: "Nakatomi, which first backed Prestige Worldwide in 2024, invested $250 million,
     * bringing its total to $450 million" → Nakatomi. Null when there is none.
     */
    private static Mention outsideClosedAsides(List<Mention> antecedents, Mention m, Clauses clauses) {
        for (int k = antecedents.size() - 1; k >= 0; k--) {
            Mention a = antecedents.get(k);
            if (!clauses.relative(a.start) || clauses.at(a.start) == clauses.at(m.start)) {
                return a;
            }
        }
        return null;
    }

    /**
     * What a description in the sentence of its antecedents means: the latest organisation outside a
     * closed aside, unless a preposition governs it and a known organisation that none governs stands
     * before it, the subject rather than whom money was sent to ("When Marigold Pharmaceuticals sent $150
     * million to Sundew Bio, everyone assumed the Indianapolis drugmaker would buy it" → Marigold).
     */
    private static Mention describedReferent(List<Mention> antecedents, Mention m, Clauses clauses) {
        Mention latest = outsideClosedAsides(antecedents, m, clauses);
        if (latest == null || !latest.prepositional) {
            return latest;
        }
        for (int k = antecedents.indexOf(latest) - 1; k >= 0; k--) {
            Mention a = antecedents.get(k);
            if (!a.prepositional && a.entity != null
                    && (!clauses.relative(a.start) || clauses.at(a.start) == clauses.at(m.start))) {
                return a;
            }
        }
        return latest;
    }

    /**
     * "Globex, which led the start-up's round, has put $1 billion into it": a pronoun counterparty is
     * the latest organisation named before it other than the sentence's first (the investor), else the
     * latest counterparty of the text, else the organisation named before the sentence.
     */
    private static String pronounCounterparty(List<Mention> antecedents, Mention investor, Discourse discourse) {
        for (int k = antecedents.size() - 1; k >= 0; k--) {
            String entity = antecedents.get(k).entity;
            if (entity != null && (investor == null || !entity.equals(investor.entity))) {
                return entity;
            }
        }
        return discourse.object != null ? discourse.object
                : discourse.knownEntityOtherThan(investor == null ? null : investor.entity);
    }
}
