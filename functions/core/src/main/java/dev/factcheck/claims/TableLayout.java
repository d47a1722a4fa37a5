package dev.factcheck.claims;

import dev.factcheck.catalog.Metric;
import dev.factcheck.claims.TableReader.Cell;
import dev.factcheck.claims.TableReader.Table;
import dev.factcheck.time.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a table says about the figures in its cells, read once per table: the metrics and period
 * each column header names, which columns hold changes ("Change", "YoY") or ranks, and what the
 * caption and the prose before the table name (a company, a period, a metric).
 */
final class TableLayout {

    private static final Set<String> CHANGE_WORDS = Set.of(
            "change", "changes", "chg", "growth", "yoy", "difference", "diff", "delta", "vs", "versus");
    private static final Set<String> RANK_WORDS = Set.of("rank", "ranking", "position", "no", "place");

    /**
     * Headers of columns that describe the row's company rather than measure it: the year it was
     * founded, its ticker, where it sits, or the price of a thing it sells ("Coffee price"; a "Share
     * price" column holds share prices, which are claims).
     */
    private static final Set<String> DESCRIPTIVE_HEADERS = Set.of(
            "founded", "established", "incorporated", "ticker", "symbol", "headquarters", "hq", "phone", "website",
            "price", "prices", "cost");

    /** Words that make a price column one of share prices: "Share price", "Stock price". */
    private static final Set<String> STOCK_HEADERS = Set.of("share", "shares", "stock");
    private static final Set<String> INVESTOR_WORDS = Set.of("investor", "investors", "backer", "backers", "lead");

    /**
     * A column: the metrics its header names, the period it names (or null), whether it holds
     * changes of a level, whether it holds no claims at all (ranks, founding years, tickers, prices of
     * things: no cell of it dates or counts anything of the row), the relation its header claims for every figure in it (an extreme,
     * "Biggest round", or a share, "Share of workforce"; null for none), and whether it names the
     * backers of the row's company ("Lead investor": never the counterparty of the row's figures), and
     * whether its figures are of the organisation another label column names, which its header names
     * with a possessive ("Backer | Start-up | Invested | Start-up's last valuation": the start-up's).
     */
    record Column(List<Metric> metrics, Period period, boolean change, boolean holdsNoClaims, Relation relation,
                  boolean investor, boolean ofCounterpart) {
    }

    private final List<Column> columns;
    private final List<Metric> headerMetrics;
    private final List<Metric> contextMetrics;
    private final String captionEntity;
    private final Period captionPeriod;

    private TableLayout(List<Column> columns, List<Metric> headerMetrics, List<Metric> contextMetrics,
                        String captionEntity, Period captionPeriod) {
        this.columns = columns;
        this.headerMetrics = headerMetrics;
        this.contextMetrics = contextMetrics;
        this.captionEntity = captionEntity;
        this.captionPeriod = captionPeriod;
    }

    static TableLayout of(Table table, String text, LocalDate publishedAt, EntityFinder entities, MetricCues cues) {
        List<Column> columns = new ArrayList<>();
        List<Metric> headerMetrics = new ArrayList<>();
        List<Shares.Whole> wholes = new ArrayList<>();
        for (Cell cell : table.header()) {
            Tokens t = Tokens.of(text, cell.start(), cell.end());
            List<MetricCues.Cue> headerCues = cues.find(t);
            List<Metric> metrics = metrics(headerCues);
            wholes.add(Shares.headerWhole(t, headerCues));
            headerMetrics.addAll(metrics);
            boolean change = false;
            boolean rank = t.isSym(0, '#') && t.size == 1;
            boolean stock = false;
            boolean descriptive = false;
            boolean investor = false;
            Relation.Extreme extreme = null;
            for (int i = 0; i < t.size; i++) {
                change |= t.isAny(i, CHANGE_WORDS) || (t.isSym(i, '%') && t.size == 1);
                rank |= t.isAny(i, RANK_WORDS) && t.size <= 2;
                descriptive |= t.isAny(i, DESCRIPTIVE_HEADERS) && t.size <= 3;
                stock |= t.isAny(i, STOCK_HEADERS);
                investor |= t.isAny(i, INVESTOR_WORDS);
                if (extreme == null && (t.isAny(i, Lexicon.LARGEST) || t.isAny(i, Lexicon.SMALLEST))) {
                    extreme = new Relation.Extreme(t.isAny(i, Lexicon.LARGEST), null); // "Biggest round"
                }
            }
            boolean holdsNoClaims = rank || (descriptive && !stock && metrics.isEmpty());
            columns.add(new Column(metrics, firstPeriod(t, publishedAt), change, holdsNoClaims, extreme, investor,
                    false));
        }
        for (int c = 0; c < columns.size(); c++) {
            if (ofAnotherColumn(table.header(), c, text)) {
                Column column = columns.get(c);
                columns.set(c, new Column(column.metrics(), column.period(), column.change(), column.holdsNoClaims(),
                        column.relation(), column.investor(), true));
            }
        }
        // The caption first, then the prose before the table, nearest first.
        List<Metric> contextMetrics = new ArrayList<>();
        String captionEntity = null;
        Period captionPeriod = null;
        Cell caption = table.caption();
        if (caption != null) {
            Tokens t = Tokens.of(text, caption.start(), caption.end());
            contextMetrics.addAll(metrics(cues.find(t)).reversed());
            captionPeriod = firstPeriod(t, publishedAt);
            for (Mention m : entities.find(t, new boolean[t.size], new HashSet<>())) {
                if (m.kind == Mention.Kind.CATALOG && captionEntity == null) {
                    captionEntity = m.entity;
                }
            }
        }
        contextMetrics.addAll(metrics(cues.find(Tokens.of(text, table.contextStart(), table.start()))).reversed());
        for (int c = 0; c < columns.size(); c++) {
            Relation.Share share = share(wholes.get(c), headerMetrics, contextMetrics);
            if (share != null) {
                Column column = columns.get(c);
                columns.set(c, new Column(column.metrics(), column.period(), false, column.holdsNoClaims(), share,
                        column.investor(), column.ofCounterpart()));
            }
        }
        return new TableLayout(List.copyOf(columns), List.copyOf(headerMetrics), List.copyOf(contextMetrics),
                captionEntity, captionPeriod);
    }

    /**
     * Whether header {@code c} opens with the header of a later label column than the first and a
     * possessive: "Start-up's last valuation" after "Backer | Start-up".
     */
    private static boolean ofAnotherColumn(List<Cell> header, int c, String text) {
        String own = text.substring(header.get(c).start(), header.get(c).end()).toLowerCase(java.util.Locale.ROOT);
        for (int o = 1; o < c; o++) {
            String other = text.substring(header.get(o).start(), header.get(o).end()).toLowerCase(java.util.Locale.ROOT);
            if (!other.isBlank() && (own.startsWith(other + "'s ") || own.startsWith(other + "\u2019s "))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The share a column's figures state when its header names a whole ("Share of workforce"): of the
     * part another header counts ("Jobs cut"), else the part the caption or the prose before the
     * table counts ("Ten layoff rounds, ranked by how much of the workforce went"); null for none.
     */
    private static Relation.Share share(Shares.Whole whole, List<Metric> headerMetrics, List<Metric> contextMetrics) {
        if (whole == null) {
            return null;
        }
        List<Metric> candidates = new ArrayList<>(headerMetrics);
        candidates.addAll(contextMetrics);
        for (Metric m : candidates) {
            if (m.dimension() == whole.dimension() && !m.name().equals(whole.metric())) {
                return new Relation.Share(m.name(), whole.metric());
            }
        }
        return null;
    }

    private static List<Metric> metrics(List<MetricCues.Cue> cues) {
        List<Metric> metrics = new ArrayList<>();
        for (MetricCues.Cue cue : cues) {
            metrics.add(cue.metric());
        }
        return metrics;
    }

    private static Period firstPeriod(Tokens t, LocalDate publishedAt) {
        for (PeriodMention p : PeriodFinder.find(t, new boolean[t.size], publishedAt)) {
            if (p.period() != null) {
                return p.period();
            }
        }
        return null;
    }

    /** The column {@code index}, or null for a cell beyond the header. */
    Column column(int index) {
        return index >= 0 && index < columns.size() ? columns.get(index) : null;
    }

    /** Metrics of every header cell, in column order. */
    List<Metric> headerMetrics() {
        return headerMetrics;
    }

    /** Metrics of the caption and the prose before the table, nearest to the table first. */
    List<Metric> contextMetrics() {
        return contextMetrics;
    }

    /** The catalog organisation the caption names, or null. */
    String captionEntity() {
        return captionEntity;
    }

    /** The period the caption names, or null. */
    Period captionPeriod() {
        return captionPeriod;
    }
}
