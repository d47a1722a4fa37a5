package dev.factcheck.claims;

import dev.factcheck.catalog.Aggregation;
import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Entity;
import dev.factcheck.catalog.Metric;
import java.util.List;

/** The entities of the tests: the four companies of the tech-layoffs story and their aliases. */
final class TestCatalog {

    static final Catalog CATALOG = Catalog.of(List.of(
            new Entity("Amazon", List.of("Amazon.com", "Amazon.com Inc.")),
            new Entity("Meta", List.of("Facebook", "Meta Platforms")),
            new Entity("Alphabet", List.of("Google", "Alphabet Inc.")),
            new Entity("Microsoft", List.of("Microsoft Corp."))), List.of());

    /**
     * The same companies with the metrics of start-up finance a newsroom uploads with its records:
     * what a company is valued at, and what it raised.
     */
    static final Catalog WITH_ROUNDS = Catalog.of(CATALOG.entities(), List.of(
            new Metric("valuation", Dimension.CURRENCY, Aggregation.LATEST, List.of("valued at", "valuation", "worth")),
            new Metric("fundraising", Dimension.CURRENCY, Aggregation.SUM,
                    List.of("raised", "raise", "raises", "raising", "funding round", "round"))));

    /**
     * Companies whose names reporters shorten to the first word ("Stark" for "Stark Industries"), two
     * that share a first word (Acme), and one with a hyphen.
     */
    static final Catalog LONG_NAMES = Catalog.of(List.of(
            new Entity("Stark Industries", List.of("Stark Industries Inc.")),
            new Entity("Acme Robotics", List.of()),
            new Entity("Acme Foods", List.of()),
            new Entity("Tyrell-Wallace", List.of("Tyrell-Wallace Corp.")),
            new Entity("Wayne Enterprises", List.of())), List.of());

    private TestCatalog() {
    }
}
