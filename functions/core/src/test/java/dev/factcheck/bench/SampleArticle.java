package dev.factcheck.bench;

/** A made-up news story of about 6 KB (6,000 characters), written for the benchmarks. */
final class SampleArticle {

    static final String TEXT = """
            Cobalt Logistics said on Tuesday it will lay off about 2,500 drivers and dispatchers, the \
            largest round of job cuts in the freight carrier's history. The company told staff in an internal \
            memo that the reductions would be completed by the end of the quarter. Chief executive Dana Whitfield \
            said the carrier had expanded too quickly during the pandemic and now needed a leaner network.

            The cuts come after Cobalt shed 1,200 roles in March 2024 and another 800 in September 2024, \
            according to filings with state labour regulators. Together those rounds removed roughly 2,000 \
            positions, about 6% of the workforce at the time. The carrier employs some 31,000 people across \
            North America, most of them in trucking and warehouse operations.

            Sign up for our logistics newsletter to get the week's freight news every Friday morning. \
            Follow us on social media for live updates from the markets.

            Whitfield wrote that automation of the sorting hubs had reduced the need for manual dispatch work. \
            The carrier has put $1.5 billion into its automation programme since 2022, the memo said, and plans \
            to spend a further $400 million over the next two years. Analysts at Meridian Securities estimated \
            that the programme would save the company around $300 million a year once complete.

            Revenue at Cobalt fell 4% to $9.8 billion last year as shipping volumes declined across the \
            industry. Net income dropped to $210 million from $455 million a year earlier, the company reported \
            in February. Freight rates have fallen for six consecutive quarters, squeezing margins at carriers \
            large and small.

            Union representatives said they had not been consulted before the announcement. "Our members \
            learned about this from the news, not from management," said Luis Ortega, a spokesman for the \
            drivers' union. The union represents about 12,000 of Cobalt's drivers and has called a meeting for \
            next week to discuss its response.

            Cobalt is not alone in cutting staff. Rival Northgate Freight announced 1,800 job cuts in January, \
            and Harbor Line Shipping said in April it would eliminate 900 roles at its ports. Industry groups \
            estimate that more than 15,000 trucking jobs have been lost across the sector since the start of \
            2024, though some of those workers have since found jobs at parcel delivery firms.

            The company said affected employees would receive at least 12 weeks of severance pay and help \
            finding new work. Workers with more than ten years of service will receive an additional two weeks \
            of pay for each year worked. Cobalt also said it would keep health coverage in place for three \
            months after the layoffs take effect.

            Shares of Cobalt rose 3.5% in morning trading after the announcement, as investors welcomed the \
            cost savings. The stock has lost about 22% of its value over the past twelve months. Meridian \
            Securities kept its neutral rating on the shares and raised its price target to $48 from $44.

            Photos courtesy of the company. All rights reserved.

            Whitfield said the carrier remained committed to its core freight business and would keep hiring \
            technicians to maintain the automated hubs. "We are building a company that can compete for the \
            next decade," she wrote. The carrier plans to open two new automated hubs in Ohio and Texas next \
            year, each employing about 400 people.

            Some analysts questioned whether the savings would materialise as quickly as management hopes. \
            Automation projects at other carriers have run over budget, and the technology has struggled with \
            irregular freight such as furniture and machinery. "The risk is that Cobalt cuts the drivers before \
            the robots are ready," said Priya Raman, an analyst at Lakeshore Research.

            The layoffs are expected to affect terminals in 14 states, with the largest reductions in Illinois, \
            Georgia and Pennsylvania. Local officials in several towns said they were seeking meetings with the \
            company to understand the impact on their communities. Cobalt said it would file the required \
            notices with each state within the next 30 days.

            Cobalt was founded in 1987 as a regional trucking firm and grew through a series of acquisitions in \
            the 2000s. It went public in 2011 and today operates more than 9,000 trucks and 140 terminals. The \
            company's next earnings report is due in late July, when executives are expected to give more \
            detail on the cost of the restructuring.
            Former employees described a tense atmosphere at the company's dispatch centres in recent months. \
            Several said managers had stopped filling vacancies last autumn and that overtime had been cut \
            sharply. One dispatcher in Atlanta, who asked not to be named, said about 40 colleagues at her site \
            had already left for jobs at competitors before the announcement.

            The restructuring will cost Cobalt between $180 million and $220 million, most of it in severance \
            and lease termination charges, the company said in a regulatory filing. It expects to book most of \
            those charges in the current quarter. The carrier reaffirmed its full-year forecast of adjusted \
            earnings of $2.10 to $2.40 a share.
            Customers were told that deliveries would not be disrupted. Cobalt said it had moved about 600 \
            routes to partner carriers over the past year and would shift more of its long-haul freight onto \
            rail where possible. Large retail clients, which account for roughly a third of its revenue, were \
            briefed on the plan ahead of the public announcement, according to two people familiar with the \
            calls.

            The announcement drew criticism from lawmakers in Illinois, where the carrier has its headquarters. \
            State senator Marcus Bell said the company had received $35 million in tax credits in 2021 on the \
            condition that it maintain jobs in the state. A Cobalt spokeswoman said the company had met every \
            condition of the agreement and would continue to do so after the restructuring.
            Cobalt's board approved the plan at a meeting on Monday evening, two directors said. The company \
            declined to say whether senior executives would take pay cuts as part of the restructuring.
            """;

    private SampleArticle() {
    }
}
