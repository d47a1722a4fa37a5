package dev.factcheck.claims;

import dev.factcheck.catalog.Dimension;
import dev.factcheck.catalog.Metric;
import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.TableReader.Cell;
import dev.factcheck.time.Period;
import java.util.List;

/**
 * The table stage: a figure in a table cell takes its meaning from the table, not from the words
 * around it in the row. The column header names the metric (else a row label that names only a
 * metric, "Net profit | €410 million | €520 million", else another header, the caption or the prose
 * before the table, nearest first, whichever names a metric of the figure's kind); the
 * row label names the organisation (a name the catalog does not know stays unknown), else the
 * caption or the organisation the article named last; the column header's period gives the period
 * (a date in the row inside it is more precise), else a date in the row, else one in the caption. A change column ("Change", "YoY") holds changes,
 * not levels: no metric, and the sign as written. A metric held per counterparty (investments)
 * takes the next name of the row as its object. Figures outside tables pass unchanged.
 */
final class TableStage implements Stage {

    private static final String MINUS_SIGNS = "-\u2212\u2013";

    @Override
    public ClaimDraft apply(ClaimDraft draft) {
        TableRow row = draft.sentence().row();
        Figure f = draft.figure();
        Cell cell = row == null ? null : row.cellAt(draft.tokens(), f.startTok);
        TableLayout.Column column = cell == null ? null : row.layout().column(cell.column());
        if (column == null) {
            return draft;
        }
        Metric metric = column.change() ? null : metric(row, column, f);
        Unit unit = f.unit != null ? f.unit
                : metric != null && metric.dimension() == Dimension.PEOPLE ? Unit.PEOPLE : Unit.COUNT;
        String entity = row.labelled() ? row.entity()
                : row.layout().captionEntity() != null ? row.layout().captionEntity() : draft.sentence().priorEntity();
        String object = metric != null && MetricCues.heldPerCounterparty(metric) ? row.counterpart() : null;
        if (column.ofCounterpart() && row.counterpart() != null) {
            // "Start-up's last valuation": the start-up's own figure, whoever the row's label names.
            entity = catalogEntity(draft, row.counterpart());
            object = null;
        }
        ClaimDraft placed = draft.with(new ClaimDraft.Subject(entity, null))
                .with(new ClaimDraft.Measure(null, unit, metric == null ? null : metric.name(), object))
                .with(new ClaimDraft.Timing(period(draft, row.layout(), column)));
        String text = draft.tokens().text;
        boolean negative = MINUS_SIGNS.indexOf(text.charAt(cell.start())) >= 0 && f.high == null;
        return negative ? placed.negated() : placed;
    }

    /** {@code name} when the row names it as a catalog organisation, else null (an unknown start-up stays unknown). */
    private static String catalogEntity(ClaimDraft draft, String name) {
        for (Mention m : draft.sentence().mentions()) {
            if (m.kind == Mention.Kind.CATALOG && name.equals(m.entity)) {
                return name;
            }
        }
        return null;
    }

    private static Metric metric(TableRow row, TableLayout.Column column, Figure f) {
        TableLayout layout = row.layout();
        Metric own = fitting(column.metrics(), f);
        if (own != null) {
            return own;
        }
        // "Metric | 2024 | 2023" / "Net profit | €410 million | €520 million": the row label names it.
        Metric label = fitting(row.metrics(), f);
        if (label != null) {
            return label;
        }
        Metric header = fitting(layout.headerMetrics(), f);
        return header != null ? header : fitting(layout.contextMetrics(), f);
    }

    /** The first metric of the figure's kind: money for money, people or things for a bare number. */
    private static Metric fitting(List<Metric> metrics, Figure f) {
        for (Metric m : metrics) {
            Dimension d = m.dimension();
            boolean fits = f.unit == null ? d == Dimension.PEOPLE || d == Dimension.COUNT : d == f.unit.dimension();
            if (fits) {
                return m;
            }
        }
        return null;
    }

    /**
     * "Initech revenue by quarter, 2023:" / "Q4 | $3.2 billion": a row date written without its year is of
     * the year the caption names.
     */
    private static PeriodMention inTheYearOf(PeriodMention p, Period year) {
        if (!p.yearless() || p.period() == null || year == null || year.from().getDayOfYear() != 1
                || !year.to().equals(year.from().plusYears(1).minusDays(1))) {
            return p;
        }
        int shift = year.from().getYear() - p.period().from().getYear();
        Period shifted = new Period(p.period().from().plusYears(shift), p.period().to().plusYears(shift));
        return new PeriodMention(p.startTok(), p.endTok(), shifted, p.source(), false);
    }

    /**
     * The column header's period, unless a date elsewhere in the row lies inside it (a quarter of the
     * header's year); else the row's date, else the caption's. `Company | End of 2024 | Latest | As of` /
     * `Oscorp | 26,100 | 24,900 | June 30`: 26,100 is 2024's, 24,900 June 30's. A year in a column that
     * holds no claims ("Founded") dates nothing: `Rank | Chain | Stores | Founded` / `1 | Octan | 2,198 |
     * 1961` → 2,198 has no period.
     */
    private static PeriodMention period(ClaimDraft draft, TableLayout layout, TableLayout.Column column) {
        TableRow row = draft.sentence().row();
        Cell own = row.cellAt(draft.tokens(), draft.figure().startTok);
        PeriodMention header = column.period() == null ? null
                : new PeriodMention(-1, -1, column.period(), PeriodSource.EXPLICIT, false);
        for (PeriodMention p : draft.sentence().periods()) {
            Cell cell = row.cellAt(draft.tokens(), p.startTok());
            if (cell != own && !inAColumnWithoutClaims(layout, cell)) {
                if (header == null) {
                    return inTheYearOf(p, layout.captionPeriod());
                }
                return p.period() != null && header.period().encloses(p.period()) ? p : header;
            }
        }
        if (header != null) {
            return header;
        }
        Period period = layout.captionPeriod();
        return period == null ? null : new PeriodMention(-1, -1, period, PeriodSource.EXPLICIT, false);
    }

    /** The cell lies in a column that holds no claims: its dates describe the company, not the row's figures. */
    private static boolean inAColumnWithoutClaims(TableLayout layout, Cell cell) {
        TableLayout.Column column = cell == null ? null : layout.column(cell.column());
        return column != null && column.holdsNoClaims();
    }
}
