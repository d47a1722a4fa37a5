package dev.factcheck.check;

import java.time.LocalDate;

/**
 * A short text that meets every family of claim rules a first article may: hedges and bounds, a share of
 * the workforce, a range of years, a quarter, a relative year, an extreme, a share price and a price per
 * unit (no claims), and a pipe table with a total row. Functions check it before a SnapStart snapshot, so
 * that a restored container's first real check finds the rules' classes loaded and their code compiled.
 */
public final class RuleTour {

    public static final String TEXT = "Acme Corp. is laying off approximately 1,400 employees, about 6% of its staff, "
            + "after 2,700 job cuts in 2022-2023. It has invested $4B in Example Labs, its largest-ever bet, and more "
            + "than $1 billion in the third quarter of 2024. Revenue rose 12% to $9.8 billion last year; its shares "
            + "closed at $41.17 and diesel costs $3.79 a gallon.\n\nAcme job cuts by year:\n"
            + "| Year | Jobs cut |\n|---|---|\n| 2022 | 1,200 |\n| 2023 | 1,500 |\n| Total | 2,700 |";

    public static final LocalDate PUBLISHED_AT = LocalDate.of(2025, 10, 28);

    private RuleTour() {
    }
}
