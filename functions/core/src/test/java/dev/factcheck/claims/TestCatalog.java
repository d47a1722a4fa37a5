package dev.factcheck.claims;

import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Entity;
import java.util.List;

/** The entities of the tests: the four companies of the tech-layoffs story and their aliases. */
final class TestCatalog {

    static final Catalog CATALOG = Catalog.of(List.of(
            new Entity("Amazon", List.of("Amazon.com", "Amazon.com Inc.")),
            new Entity("Meta", List.of("Facebook", "Meta Platforms")),
            new Entity("Alphabet", List.of("Google", "Alphabet Inc.")),
            new Entity("Microsoft", List.of("Microsoft Corp."))), List.of());

    private TestCatalog() {
    }
}
