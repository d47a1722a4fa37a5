package dev.factcheck.claims;

import java.util.List;

/**
 * The entity stage: whose figure it is. The subject of the figure's clause before it, else a name
 * after a preposition there, else the first name after the figure in the clause, else the latest
 * name of an earlier clause, else the organisation the article named last. A possessive right before
 * the figure ("Walmart's 2.1m") wins; places and counterparties never are the entity. Also finds the
 * counterparty nearest the figure in its clause, for the metric stage to use or not.
 */
final class EntityStage implements Stage {

    @Override
    public ClaimDraft apply(ClaimDraft draft) {
        return draft.with(new ClaimDraft.Subject(entityFor(draft), counterpartyFor(draft)));
    }

    private static String entityFor(ClaimDraft draft) {
        Figure f = draft.figure();
        Clauses clauses = draft.clauses();
        int figureClause = draft.figureClause();
        List<Mention> mentions = draft.sentence().mentions();
        Mention subject = null;
        Mention prepositional = null;
        Mention after = null;
        Mention earlierSubject = null;
        Mention earlierPrepositional = null;
        for (Mention m : mentions) {
            if (m.objectRole || (m.kind == Mention.Kind.UNKNOWN && m.placeLike)) {
                continue;
            }
            boolean sameClause = clauses.at(m.start) == figureClause;
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
        return draft.sentence().priorEntity();
    }

    /** The counterparty ("in Anthropic") nearest the figure in its clause, or null. */
    private static String counterpartyFor(ClaimDraft draft) {
        Figure f = draft.figure();
        Clauses clauses = draft.clauses();
        int figureClause = draft.figureClause();
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : draft.sentence().mentions()) {
            if (!m.objectRole || clauses.at(m.start) != figureClause) {
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
}
