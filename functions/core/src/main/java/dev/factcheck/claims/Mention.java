package dev.factcheck.claims;

/**
 * A name of an organisation in a sentence: a catalog entity or alias, an unknown capitalised name,
 * or a coreference ("the company", "its").
 */
final class Mention {

    enum Kind { CATALOG, UNKNOWN, COREF }

    final int start;
    final int end;
    final Kind kind;
    final String surface;
    /** The catalog entity, or null for an unknown organisation (and for a coreference until resolved). */
    String entity;
    /** Preceded by a preposition: "at Amazon", "in India". */
    final boolean prepositional;
    /** Preceded by a preposition of place: an unknown name there is probably a place. */
    final boolean placeLike;
    /** The counterparty of an investment-like cue: "in Anthropic". */
    boolean objectRole;
    /** The source or backer of the news ("according to Globex", "led by Sequoia"). */
    boolean attribution;
    /** A union, an index, a regulator or an analysts' firm ("the GMB union"): a source, and so named for the rest of the text. */
    boolean thirdParty;
    /** A part of an organisation ("its Skyline Labs division", "Petalworks" named as its arm): never a counterparty. */
    boolean part;
    /** The name of a part that is an organisation in its own right ("its Offworld Robotics subsidiary"), not a place. */
    boolean partName;
    /** "its parent", "the parent company": the organisation that owns the one the text speaks of. */
    boolean parent;
    /** An apposition that names an owner ("a subsidiary of Lumenfield Energy"): whether it does, and its catalog entity. */
    boolean namesOwner;
    String owner;
    /** What a verb of buying bought ("to acquire Chotchkie's Software"): never whose price it is. */
    boolean bought;

    Mention(int start, int end, Kind kind, String surface, String entity, boolean prepositional, boolean placeLike) {
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.surface = surface;
        this.entity = entity;
        this.prepositional = prepositional;
        this.placeLike = placeLike;
    }

    /** What a coreference was resolved to (the mention it points at), or null. */
    Mention referent;

    /** The organisation's name: the catalog entity, else the name a coreference points at, else the words. */
    String name() {
        return entity != null ? entity : referent != null ? referent.name() : surface;
    }

    /** Whether a later coreference may point here. */
    boolean antecedent() {
        return !objectRole && !attribution && !(kind == Kind.UNKNOWN && placeLike);
    }

    /** The noun a description ends with: "the robotics start-up" → "start-up"; null for a name or a pronoun. */
    String head() {
        if (kind != Kind.COREF || end - start < 2) {
            return null;
        }
        String s = surface.toLowerCase(java.util.Locale.ROOT);
        return s.substring(Math.max(s.lastIndexOf(' '), s.lastIndexOf(',')) + 1);
    }
}
