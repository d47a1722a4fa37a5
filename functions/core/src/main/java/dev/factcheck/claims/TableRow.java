package dev.factcheck.claims;

import dev.factcheck.catalog.Metric;
import dev.factcheck.claims.TableReader.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A body row of a table, read as one sentence: its cells, its table's layout, and what its label
 * cell says. The label is the first cell that holds neither a figure nor a date: a catalog name
 * filling the whole cell names the row's organisation; any other label ("Acme", "Initech peer
 * Chotchkie's") names an organisation the catalog does not know, never the table's topic. The next
 * label cell, when it holds a name, names the counterparty of a metric held per counterparty (an
 * investment's start-up); a round's name ("Series C") in it is none.
 *
 * @param cells       the row's cells
 * @param layout      the table's columns, caption and context
 * @param labelled    whether the row has a label cell
 * @param entity      the catalog organisation of the label cell, or null
 * @param counterpart the name in the next label cell ("Investor | Start-up | Amount"), or null
 * @param metrics     the metrics a label cell that names only metrics names ("Net profit | €410 million"),
 *                    nearest the figure's kind first; empty for any other row
 * @param total       the label says the row adds up the rows above ("Total", "Overall"): its figures
 *                    are totals (of the caption's company, else of no one)
 */
record TableRow(List<Cell> cells, TableLayout layout, boolean labelled, String entity, String counterpart,
                List<Metric> metrics, boolean total) {

    private static final Set<String> TOTAL_LABELS = Set.of(
            "total", "totals", "subtotal", "overall", "combined", "all", "sum");

    /** Compiled once: String.split compiles a regular expression at every call. */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");

    TableRow {
        cells = List.copyOf(cells);
        metrics = List.copyOf(metrics);
    }

    TableRow(List<Cell> cells, TableLayout layout, boolean labelled, String entity, String counterpart,
             List<Metric> metrics) {
        this(cells, layout, labelled, entity, counterpart, metrics, false);
    }

    static TableRow of(TableLayout layout, List<Cell> cells, Tokens t, List<Mention> mentions,
                       List<PeriodMention> periods, List<Figure> figures, List<MetricCues.Cue> cues) {
        int[] cellOf = cellOf(cells, t);
        boolean[] busy = new boolean[cells.size()];
        boolean[] worded = new boolean[cells.size()];
        for (Figure f : figures) {
            mark(busy, cellOf[f.startTok]);
        }
        for (PeriodMention p : periods) {
            mark(busy, cellOf[p.startTok()]);
        }
        for (int i = 0; i < t.size; i++) {
            if (t.isWord(i)) {
                mark(worded, cellOf[i]);
            }
        }
        int label = nextLabel(busy, worded, 0);
        if (label == cells.size()) {
            return new TableRow(cells, layout, false, null, null, List.of());
        }
        if (totalRow(cells.get(label), t)) {
            // "Total | | 7,800": the sum of the rows above, the caption's company's if it names one, else no one's.
            return new TableRow(cells, layout, layout.captionEntity() == null, null, null, List.of(), true);
        }
        if (namesAMetricOnly(label, cellOf, t, mentions, cues)) {
            // "Revenue | €7.4 billion | €7.1 billion": the label names the metric; the company is the table's.
            List<Metric> named = new ArrayList<>();
            for (MetricCues.Cue cue : cues) {
                if (cellOf[cue.start()] == label) {
                    named.add(cue.metric());
                }
            }
            return new TableRow(cells, layout, false, null, null, named);
        }
        int counterpart = nextLabel(busy, worded, label + 1);
        TableLayout.Column counterpartColumn = counterpart == cells.size() ? null
                : layout.column(cells.get(counterpart).column());
        if (counterpartColumn != null && counterpartColumn.investor()) {
            counterpart = cells.size(); // "Start-up | Lead investor | Valuation": the backer is no counterparty
        }
        if (counterpart < cells.size() && !namesAnOrganisation(counterpart, cellOf, mentions)) {
            counterpart = cells.size(); // "Hooli | Series C | $5.3bn": a round's name is no counterparty
        }
        return new TableRow(cells, layout, true, catalogName(cells.get(label), t, mentions),
                counterpart == cells.size() ? null : name(cells.get(counterpart), t, mentions), List.of());
    }

    /**
     * Whether the label cell holds a metric's words ("Net profit", "Employees at year end") and no
     * name: no organisation and no capitalised word outside the metric's words ("Acme revenue" names Acme).
     */
    private static boolean namesAMetricOnly(int label, int[] cellOf, Tokens t, List<Mention> mentions,
                                            List<MetricCues.Cue> cues) {
        for (Mention m : mentions) {
            if (cellOf[m.start] == label) {
                return false;
            }
        }
        boolean metric = false;
        boolean[] cued = new boolean[t.size];
        for (MetricCues.Cue cue : cues) {
            if (cellOf[cue.start()] == label) {
                metric = true;
                for (int k = cue.start(); k < cue.end(); k++) {
                    cued[k] = true;
                }
            }
        }
        for (int k = 0; k < t.size && metric; k++) {
            if (cellOf[k] == label && t.isWord(k) && t.capitalised(k) && !cued[k]) {
                return false;
            }
        }
        return metric;
    }

    /** A label that sums the rows above it: "Total", "Overall", "All rounds", "Combined". */
    private static boolean totalRow(Cell label, Tokens t) {
        String text = t.text.substring(label.start(), label.end()).strip().toLowerCase(Locale.ROOT);
        String first = NOT_LETTERS.split(text, 2)[0];
        return TOTAL_LABELS.contains(first);
    }

    /** Whether the cell holds an organisation's name, known or not (not a round's "Series C", not "the fund"). */
    private static boolean namesAnOrganisation(int cell, int[] cellOf, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (cellOf[m.start] == cell && m.kind != Mention.Kind.COREF) {
                return true;
            }
        }
        return false;
    }

    private static int nextLabel(boolean[] busy, boolean[] worded, int from) {
        int label = from;
        while (label < busy.length && (busy[label] || !worded[label])) {
            label++;
        }
        return label;
    }

    /** The catalog organisation that fills the whole cell, or null. */
    private static String catalogName(Cell cell, Tokens t, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.kind == Mention.Kind.CATALOG && t.start[m.start] == cell.start() && t.end[m.end - 1] == cell.end()) {
                return m.entity;
            }
        }
        return null;
    }

    /** The catalog organisation that fills the whole cell, else the cell's text. */
    private static String name(Cell cell, Tokens t, List<Mention> mentions) {
        String entity = catalogName(cell, t, mentions);
        return entity != null ? entity : t.text.substring(cell.start(), cell.end());
    }

    /** The cell of each token (cells and tokens both in text order), -1 between cells. */
    private static int[] cellOf(List<Cell> cells, Tokens t) {
        int[] cellOf = new int[t.size];
        int c = 0;
        for (int i = 0; i < t.size; i++) {
            while (c < cells.size() && cells.get(c).end() <= t.start[i]) {
                c++;
            }
            cellOf[i] = c < cells.size() && cells.get(c).start() <= t.start[i] ? c : -1;
        }
        return cellOf;
    }

    private static void mark(boolean[] flags, int cell) {
        if (cell >= 0) {
            flags[cell] = true;
        }
    }

    /** The cell holding token {@code tok}, or null. */
    Cell cellAt(Tokens t, int tok) {
        int at = t.start[tok];
        int lo = 0;
        int hi = cells.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Cell cell = cells.get(mid);
            if (at < cell.start()) {
                hi = mid - 1;
            } else if (at >= cell.end()) {
                lo = mid + 1;
            } else {
                return cell;
            }
        }
        return null;
    }
}
