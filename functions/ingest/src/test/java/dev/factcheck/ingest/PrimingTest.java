package dev.factcheck.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class PrimingTest {

    @Test
    void priming_walksTheParsersAndExtractor_withoutNetworkOrStore() {
        assertThatCode(Priming::run).doesNotThrowAnyException();
    }
}
