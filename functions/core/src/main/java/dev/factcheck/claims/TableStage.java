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
 * caption or the organisation the article named last; a date in the row gives the period, else one
 * in the column header, else one in the caption. A change column ("Change", "YoY") holds changes,
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
        ClaimDraft placed = draft.with(new ClaimDraft.Subject(entity, null))
                .with(new ClaimDraft.Measure(null, unit, metric == null ? null : metric.name(),
                        metric != null && MetricCues.heldPerCounterparty(metric) ? row.counterpart() : null))
                .with(new ClaimDraft.Timing(period(draft, row.layout(), column)));
        String text = draft.tokens().text;
        boolean negative = MINUS_SIGNS.indexOf(text.charAt(cell.start())) >= 0 && f.high == null;
        return negative ? placed.negated() : placed;
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

    /** A date elsewhere in the row, else the column header's period, else the caption's. */
    private static PeriodMention period(ClaimDraft draft, TableLayout layout, TableLayout.Column column) {
        TableRow row = draft.sentence().row();
        Cell own = row.cellAt(draft.tokens(), draft.figure().startTok);
        for (PeriodMention p : draft.sentence().periods()) {
            if (row.cellAt(draft.tokens(), p.startTok()) != own) {
                return p;
            }
        }
        Period period = column.period() != null ? column.period() : layout.captionPeriod();
        return period == null ? null : new PeriodMention(-1, -1, period, PeriodSource.EXPLICIT, false);
    }
}
