package dev.factcheck.summary;

import static dev.factcheck.verify.TestClaims.claim;

import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Claim;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.TestClaims;
import dev.factcheck.verify.Verdict;
import java.math.BigDecimal;
import java.util.List;

/** Sample articles written for these tests, and checked claims placed in them by span. */
final class SummaryFixtures {

    /** On-topic sentences about one story, with newsletter and photo boilerplate in between. */
    static final String WAREHOUSE_STORY = String.join(" ",
            "Northwind Retail will cut 4,000 warehouse jobs as the retailer automates its distribution centres.",
            "Sign up for our free newsletter to get the top stories every morning.",
            "Share this story on social media with your friends and family.",
            "The warehouse job cuts follow a year of slowing sales at the retailer's distribution centres.",
            "Northwind said the retailer would offer severance to warehouse staff whose jobs are cut.",
            "Automation of the distribution centres began two winters ago, the retailer said.",
            "Photos courtesy of the newsroom archive.");

    /** Four sentences equally central: they share every content word but a town. */
    static final String SYMMETRIC_STORY = String.join(" ",
            "Harbor Bank cut 300 branch jobs in Leeds.",
            "Harbor Bank cut 250 branch jobs in Derby.",
            "Harbor Bank cut 120 branch jobs in Bristol.",
            "Harbor Bank cut 80 branch jobs in Exeter.");

    /** The three kinds of figure a story mixes: current, wrong, and once-true. */
    static final String MIXED_STORY = String.join(" ",
            "Cobalt Logistics is laying off about 2,500 drivers, the carrier said on Monday.",
            "The carrier shed 12,000 roles in March last year, according to a filing.",
            "Its founder has put $4B into the robotics venture over the years.",
            "Analysts expect further cuts at the carrier before the summer.");

    private SummaryFixtures() {
    }

    static CheckedClaim checked(String article, String id, String figure, Verdict verdict, String expected, Unit unit,
                                String recordedOn) {
        TestClaims builder = claim().id(id).in(article, figure).unit(unit).value("1").bounds("0", "2");
        Claim claim = builder.build();
        List<dev.factcheck.facts.Fact> evidence = recordedOn == null ? List.of()
                : List.of(TestClaims.fact("Cobalt", "layoffs", null, expected, unit, false, recordedOn));
        return new CheckedClaim(claim, verdict, expected == null ? null : new BigDecimal(expected), evidence,
                "Explanation of " + id + ".");
    }

    static CheckedClaim supported(String article, String id, String figure) {
        return checked(article, id, figure, Verdict.SUPPORTED, null, Unit.PEOPLE, null);
    }
}
