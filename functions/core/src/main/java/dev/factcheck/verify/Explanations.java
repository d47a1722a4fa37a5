package dev.factcheck.verify;

import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Claim;
import dev.factcheck.facts.Fact;
import dev.factcheck.time.Period;
import java.util.List;
import java.util.regex.Pattern;

/** The wording of a verdict's explanation: how a figure, a record, a band and a series read to a person. */
final class Explanations {

    private static final String NO_RECORD = "No record for ";

    // Compiled once: String.split and replaceAll compile their regular expression at every call.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}$\u20ac\u00a3]+");

    private Explanations() {
    }

    /**
     * An UNVERIFIED verdict whose explanation names the figure in its own words: "No metric for
     * 'shares rose 1.2%': …" and the other explanations that quote the figure stay as they are, any
     * other reason is introduced by {@code No record for '<words>': } ("No record for 'profit of $4.1
     * billion': there are no reference records of Globex profit.").
     */
    static CheckedClaim unverified(Claim claim, String explanation) {
        String quoted = "'" + words(claim) + "'";
        String named = explanation.contains(quoted) ? explanation
                : NO_RECORD + quoted + ": " + Character.toLowerCase(explanation.charAt(0)) + explanation.substring(1);
        return new CheckedClaim(claim, Verdict.UNVERIFIED, null, List.of(), named);
    }

    /** The reason of an UNVERIFIED explanation, without the words {@link #unverified} put before it. */
    static String reason(CheckedClaim checked) {
        String explanation = checked.explanation();
        String named = NO_RECORD + "'" + words(checked.claim()) + "': ";
        return explanation.startsWith(named) ? explanation.substring(named.length()) : explanation;
    }

    static String bandVerdict(Claim claim, boolean holds) {
        return "the claim's band " + Figures.band(claim.bounds(), claim.unit()) + (holds ? " includes it." : " excludes it.");
    }

    /** {@code 9,000 on 2023-03-20} or {@code 9,000 for 2023-01-01..2023-03-31}. */
    static String valueAt(Fact fact, Unit unit) {
        return Figures.format(fact.value(), unit) + " " + when(fact.period());
    }

    /** A running total holds as of the end of its period: {@code $8,000,000,000 on 2024-11-22}. */
    static String valueAsOf(Fact fact, Unit unit) {
        Period period = fact.period();
        return Figures.format(fact.value(), unit)
                + (period.from().equals(period.to()) ? " on " : " as of ") + period.to();
    }

    private static String when(Period period) {
        return period.from().equals(period.to()) ? "on " + period.from() : "for " + range(period);
    }

    static String range(Period period) {
        return period.from() + ".." + period.to();
    }

    /**
     * The claim's words with the two words before them ("shares rose 1.2%"): enough for a reader to
     * see which figure lacks an entity or a metric, and why.
     */
    static String words(Claim claim) {
        int at = claim.sentence() == null ? -1 : claim.sentence().indexOf(claim.text());
        if (at < 0) {
            return claim.text();
        }
        String[] before = WHITESPACE.split(claim.sentence().substring(0, at).strip());
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, before.length - 2); i < before.length; i++) {
            String word = LEADING_PUNCTUATION.matcher(before[i]).replaceAll("");
            if (!word.isEmpty()) {
                out.append(word).append(' ');
            }
        }
        return out.append(claim.text()).toString();
    }

    static String seriesName(Claim claim) {
        return claim.entity() + " " + claim.metric() + (claim.object() == null ? "" : " in " + claim.object());
    }
}
