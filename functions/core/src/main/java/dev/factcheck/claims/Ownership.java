package dev.factcheck.claims;

import java.util.Map;

/**
 * Who put money into whom in the sentences read so far: what an investment that names no company
 * goes into.
 *
 * @param counterparties the latest counterparty of each investor ("Amazon has invested $4 billion in
 *                       Anthropic" → Amazon → Anthropic): where "put in a further $4 billion" goes
 * @param raiser         the organisation that last raised money ("Kelvin Labs ... has raised $120
 *                       million"), by name, or null: whose round "invested $40 million in the round" is
 * @param raiserEntity   the catalog entity of the raiser, or null: whose figure "The previous round
 *                       brought in $650 million" is
 */
record Ownership(Map<String, String> counterparties, String raiser, String raiserEntity) {

    static final Ownership NONE = new Ownership(Map.of(), null, null);

    Ownership {
        counterparties = Map.copyOf(counterparties);
    }
}
