package dev.factcheck.catalog;

import java.util.List;

/** The metrics every deployment knows before any reference data is uploaded. */
public final class BuiltInMetrics {

    public static final Metric LAYOFFS = new Metric("layoffs", Dimension.PEOPLE, Aggregation.SUM, List.of(
            "lay off", "laying off", "laid off", "lays off", "layoff", "layoffs", "job cuts", "job cut",
            "cut jobs", "cuts jobs", "cutting jobs", "cutting", "cut", "cuts", "eliminate", "eliminated",
            "eliminating", "eliminates", "let go", "shed jobs", "shed", "shedding", "workforce reduction",
            "redundancies", "lose their jobs", "losing their jobs", "lost their jobs", "lost jobs", "job losses",
            "trim", "trimmed", "trims", "trimming", "slash", "slashed", "slashes", "slashing", "axe", "axed",
            "axes", "axing", "dismiss", "dismissed", "dismisses", "fire", "fired", "fires", "firing",
            "reduce its workforce", "reduced its workforce", "reduces its workforce", "reducing its workforce",
            "reduce its headcount", "reduced its headcount", "will leave", "to leave", "downsizing", "remove", "removed",
            "removes", "removing", "reduce its", "reduced its", "reducing its", "reduce our", "reduced our",
            "reducing our", "reduce their", "reduced their", "reduce", "reduces", "reduced", "reducing", "reduction",
            "reductions", "elimination", "eliminations", "redundant", "take out", "takes out", "taking out",
            "took out", "loss of", "losses of", "cull", "culls", "culled", "culling", "sack", "sacks", "sacked",
            "sacking", "retrench", "retrenches", "retrenched", "retrenching", "retrenchment", "downsize", "downsizes",
            "downsized", "shrink its workforce", "shrank its workforce", "shrinks its workforce",
            "shrinking its workforce"));

    public static final Metric HEADCOUNT = new Metric("headcount", Dimension.PEOPLE, Aggregation.LATEST, List.of(
            "employs", "employed", "employ", "employing", "employees", "employee", "workforce of", "staff of",
            "headcount", "workers", "workforce", "staff", "staffers", "payroll", "team members", "associates",
            "colleagues"));

    public static final Metric INVESTMENT = new Metric("investment", Dimension.CURRENCY, Aggregation.LATEST, List.of(
            "invest", "invested", "invests", "investing", "investment", "investments", "stake", "backing",
            "bet on", "put", "puts", "putting", "poured", "pour", "pours", "pouring", "pumped", "pumping", "funding",
            "backed", "committed", "commits", "commit", "committing", "pledged", "pledges", "pledge", "pledging",
            "holding in", "holdings in", "chipped in", "chipping in", "chips in", "chip in"));

    public static final Metric REVENUE = new Metric("revenue", Dimension.CURRENCY, Aggregation.SUM, List.of(
            "revenue", "revenues", "sales", "net sales", "turnover", "top line", "top-line", "brought in", "brings in",
            "bringing in", "took in", "takes in", "taking in", "booked", "generated", "pulled in"));

    public static final Metric PROFIT = new Metric("profit", Dimension.CURRENCY, Aggregation.SUM, List.of(
            "profit", "profits", "net income", "earnings", "operating income", "operating profit", "net profit",
            "net earnings", "earned", "earns", "bottom line", "bottom-line", "netted"));

    public static final List<Metric> ALL = List.of(LAYOFFS, HEADCOUNT, INVESTMENT, REVENUE, PROFIT);

    private BuiltInMetrics() {
    }
}
