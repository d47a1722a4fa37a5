package dev.factcheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClausesTest {

    /** Whether the two words stand in the same clause; {@code relative}: the second is in a relative clause or aside. */
    @ParameterizedTest(name = "{0}: {1}/{2} same={3}")
    @CsvSource(delimiter = '|', value = {
            "Amazon cut jobs; Meta hired staff.                          | cut    | hired    | false | false",
            "Amazon cut jobs: Meta hired staff.                          | cut    | hired    | false | false",
            "Amazon cut jobs, which Meta did not, and hired staff.       | cut    | Meta     | false | true",
            "Amazon, which cut jobs, hired staff.                        | Amazon | hired    | true  | false",
            "Amazon cut jobs while Meta hired staff.                     | cut    | hired    | false | false",
            "Amazon cut jobs and had fewer staff.                        | cut    | fewer    | false | false",
            "Amazon cut jobs last year and operates 340 warehouses.      | cut    | 340      | false | false",
            "Amazon cut jobs and staff.                                  | cut    | staff    | true  | false",
            "Amazon cut jobs (the company has many workers) this year.   | cut    | workers  | false | true",
            "Amazon cut jobs (about half) this year.                     | cut    | half     | true  | false",
            "Amazon cut jobs — a move Meta has copied — this year.       | cut    | year     | true  | false",
            "Amazon cut 1,000 jobs.                                      | cut    | jobs     | true  | false",
            "Amazon cut jobs, as the company kept hiring staff.          | cut    | hiring   | false | false",
            "Amazon had 9,000 staff, as of June, and hired more.         | had    | June     | true  | false",
            "Amazon cut jobs as well as stores.                          | cut    | stores   | true  | false"})
    void clauses_endAtSemicolonsColonsAndOpeners_commaAsOpensOne_andRelativeClausesResume(
            String sentence, String first, String second, boolean same, boolean relative) {
        Tokens t = Tokens.of(sentence, 0, sentence.length());
        Clauses clauses = Clauses.of(t);
        int a = token(t, first);
        int b = token(t, second);
        assertThat(clauses.at(a) == clauses.at(b)).isEqualTo(same);
        assertThat(clauses.relative(b)).isEqualTo(relative);
    }

    private static int token(Tokens t, String word) {
        for (int i = 0; i < t.size; i++) {
            if (t.text(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }
}
