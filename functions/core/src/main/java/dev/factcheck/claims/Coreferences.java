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
        for (Mention m : mentions) {
            String described = discourse.described(m.head());
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
                } else if (m.objectRole && m.end - m.start == 1) {
                    m.entity = pronounCounterparty(antecedents, first, discourse);
                } else if (m.objectRole) {
                    m.entity = discourse.object != null ? discourse.object
                            : discourse.knownEntityOtherThan(first == null ? null : first.entity);
                } else if (outsideClosedAsides(antecedents, m, clauses) != null) {
                    // "a deal with Google, the search firm": an apposition describes the name right before it.
                    Mention referent = m.head() != null && !apposition ? describedReferent(antecedents, m, clauses)
                            : outsideClosedAsides(antecedents, m, clauses);
                    m.entity = referent.entity;
                    m.referent = referent;
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
