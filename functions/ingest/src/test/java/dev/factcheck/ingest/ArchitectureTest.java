package dev.factcheck.ingest;

import dev.factcheck.testing.ArchitectureContract;

/** The README's code map holds for the ingestion functions and every module they use. */
class ArchitectureTest extends ArchitectureContract {

    ArchitectureTest() {
        super(FeedIngester.class);
    }
}
