package dev.factcheck.api;

import dev.factcheck.testing.ArchitectureContract;

/** The README's code map holds for the API functions and every module they use. */
class ArchitectureTest extends ArchitectureContract {

    ArchitectureTest() {
        super(FactCheckHandler.class);
    }
}
