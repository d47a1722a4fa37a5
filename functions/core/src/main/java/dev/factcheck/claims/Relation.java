package dev.factcheck.claims;

import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a figure relates to other figures of its entity. Most figures stand alone; some state a new
 * round, a total of rounds, a share of a whole, an extreme of a series or a multiple of an earlier
 * figure, and are judged on that relation as well as on their value. Handled by exhaustive {@code switch}.
 */
public sealed interface Relation {

    /** A figure that stands alone. */
    Standalone NONE = new Standalone();

    /** A figure that stands alone. */
    record Standalone() implements Relation {
    }

    /**
     * "another 2,400", "2,400 more": a new round on top of earlier ones. The previous round's record
     * never supports it.
     */
    record NewRound() implements Relation {
    }

    /**
     * "bringing total funding to $310 million", "a total of 3,900", "3,900 in total": the sum of the
     * entity's rounds of a flow, those of the claim's period or, when it names none, the latest rounds
     * up to publication: as many as {@code rounds} when the words count them ("over two rounds",
     * "counting both rounds"), else counted back from the latest (the total since some round).
     */
    record Total(Integer rounds) implements Relation {

        /** A total that does not say how many rounds it sums. */
        public Total() {
            this(null);
        }

        public Total {
            if (rounds != null && rounds < 1) {
                throw new IllegalArgumentException("a total sums at least one round, not " + rounds);
            }
        }
    }

    /**
     * "about 6% of its 40,000 staff": the percentage that the {@code part} metric's records make of the
     * {@code whole} metric's records ("layoffs" of "headcount"). {@code wholeAsOf} is the day of the
     * base the text names for the whole ("put the workforce at 18,300 at September 30, which would make
     * the same cut about 4.6%"), or null when it names none: the whole is then the workforce the part
     * came out of.
     */
    record Share(String part, String whole, LocalDate wholeAsOf) implements Relation {

        /** A share whose text names no dated base for its whole. */
        public Share(String part, String whole) {
            this(part, whole, null);
        }

        public Share {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(whole, "whole");
        }

        /** The claim's metric: {@code layoffs/headcount}. */
        public String metric() {
            return part + "/" + whole;
        }
    }

    /**
     * "its biggest layoff ever", "its smallest since 2024": the figure is the largest (or smallest) of
     * its entity's records of the metric since {@code since} (null: ever).
     */
    record Extreme(boolean largest, LocalDate since) implements Relation {
    }

    /**
     * "double its 2023 round", "half of last year's": the figure is {@code factor} times the records of
     * the period {@code of}.
     */
    record Multiple(BigDecimal factor, Period of) implements Relation {

        public Multiple {
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(of, "of");
        }
    }
}
