package dev.factcheck.api.html;

import dev.factcheck.claims.Claim;
import dev.factcheck.facts.Fact;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.summary.FigureAnnotation;
import dev.factcheck.summary.SummaryRenderer;
import dev.factcheck.summary.SummarySentence;
import dev.factcheck.summary.VerifiedSummary;
import dev.factcheck.time.Period;
import dev.factcheck.verify.CheckedClaim;
import dev.factcheck.verify.Figures;
import dev.factcheck.verify.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An article (or a pasted text) with every checked figure highlighted by verdict: colour, an icon and
 * an underline style per verdict, so no reader depends on colour alone. Each figure is a button that
 * opens its details (expected value, bounds, evidence with sources and dates, explanation) as a
 * popover: by click, tap, Enter or Space, with no script.
 */
public final class ReviewPage {

    /** What a review page shows; {@code claimReviewHref} is null for a text that was not stored. */
    public record View(String title, String byline, String text, List<CheckedClaim> claims, VerifiedSummary summary,
                       String claimReviewHref) {
    }

    private ReviewPage() {
    }

    public static HttpResponse render(View view) {
        StringBuilder body = new StringBuilder(view.text().length() * 2 + 4_096);
        body.append("<header><p><a href=\"/\">factcheck</a></p><h1>").append(Html.escape(view.title())).append("</h1>");
        if (view.byline() != null) {
            body.append("<p class=\"legend\">").append(Html.escape(view.byline())).append("</p>");
        }
        body.append("</header>\n<section aria-labelledby=\"summary-title\"><h2 id=\"summary-title\">Verified summary</h2>");
        counts(view.summary().counts(), body);
        summary(view.summary(), body);
        if (view.claimReviewHref() != null) {
            body.append("<p><a href=\"").append(Html.escape(view.claimReviewHref()))
                    .append("\">ClaimReview JSON-LD</a> (schema.org, for search engines and publishers)</p>");
        }
        body.append("</section>\n<section aria-labelledby=\"text-title\"><h2 id=\"text-title\">Text</h2>")
                .append("<p class=\"legend\">Each checked figure is marked: ")
                .append("<span class=\"v-SUPPORTED\">supported ").append(icon(Verdict.SUPPORTED)).append("</span>, ")
                .append("<span class=\"v-CONTRADICTED\">contradicted ").append(icon(Verdict.CONTRADICTED)).append("</span>, ")
                .append("<span class=\"v-OUTDATED\">outdated ").append(icon(Verdict.OUTDATED)).append("</span>, ")
                .append("<span class=\"v-UNVERIFIED\">unverified ").append(icon(Verdict.UNVERIFIED)).append("</span>. ")
                .append("Select a figure (or Tab to it and press Enter) for its evidence.</p>")
                .append("<div class=\"article\"><p>");
        List<CheckedClaim> claims = new ArrayList<>(view.claims());
        claims.sort(Comparator.comparingInt(c -> c.claim().span().start()));
        StringBuilder details = new StringBuilder();
        int cursor = 0;
        String text = view.text();
        for (CheckedClaim checked : claims) {
            Claim claim = checked.claim();
            int start = claim.span().start();
            int end = Math.min(claim.span().end(), text.length());
            if (start < cursor || start >= end) {
                continue; // overlapping or outside the text: shown in no highlight rather than twice
            }
            paragraphs(text, cursor, start, body);
            figure(checked, text.substring(start, end), body);
            details(checked, details);
            cursor = end;
        }
        paragraphs(text, cursor, text.length(), body);
        body.append("</p></div></section>\n<div class=\"all-details\">").append(details).append("</div>");
        return Page.of(200, view.title() + " · factcheck review", body.toString());
    }

    private static void figure(CheckedClaim checked, String words, StringBuilder out) {
        String id = Html.escape(checked.claim().id());
        String verdict = checked.verdict().name();
        out.append("<button type=\"button\" class=\"claim v-").append(verdict).append("\" data-claim-id=\"").append(id)
                .append("\" data-verdict=\"").append(verdict).append("\" popovertarget=\"details-").append(id)
                .append("\" aria-label=\"").append(Html.escape(words)).append(", ").append(verdict.toLowerCase(Locale.ROOT))
                .append("\">").append(Html.escape(words)).append(icon(checked.verdict())).append("</button>");
    }

    private static String icon(Verdict verdict) {
        String symbol = switch (verdict) {
            case SUPPORTED -> "\u2713";
            case CONTRADICTED -> "\u2717";
            case OUTDATED -> "\u21BB";
            case UNVERIFIED -> "?";
        };
        return "<span class=\"icon\" aria-hidden=\"true\">" + symbol + "</span>";
    }

    private static void details(CheckedClaim checked, StringBuilder out) {
        Claim claim = checked.claim();
        String id = Html.escape(claim.id());
        out.append("<div popover id=\"details-").append(id).append("\" class=\"details\" role=\"dialog\" aria-label=\"")
                .append("Evidence for ").append(Html.escape(claim.text())).append("\"><p><strong class=\"v-")
                .append(checked.verdict().name()).append("\">").append(checked.verdict().name()).append(icon(checked.verdict()))
                .append("</strong> ").append(Html.escape(claim.text())).append("</p><dl>");
        row("Read as", Figures.format(claim.value(), claim.unit()) + describe(claim), out);
        row("Bounds from the wording", Figures.format(claim.bounds().low(), claim.unit()) + " to "
                + Figures.format(claim.bounds().high(), claim.unit())
                + (claim.qualifier() == null ? "" : " (" + claim.qualifier().name().toLowerCase(Locale.ROOT) + ")"), out);
        row("Expected", checked.expected() == null ? "no recorded value" : Figures.format(checked.expected(), claim.unit()), out);
        out.append("</dl><p>").append(Html.escape(checked.explanation())).append("</p>");
        if (!checked.evidence().isEmpty()) {
            out.append("<p><strong>Evidence</strong></p><ul>");
            for (Fact fact : checked.evidence()) {
                evidence(fact, out);
            }
            out.append("</ul>");
        }
        out.append("<button type=\"button\" popovertarget=\"details-").append(id)
                .append("\" popovertargetaction=\"hide\">Close</button></div>");
    }

    private static String describe(Claim claim) {
        StringBuilder out = new StringBuilder();
        if (claim.entity() != null) {
            out.append(", ").append(claim.entity());
        }
        if (claim.metric() != null) {
            out.append(", ").append(claim.metric());
        }
        if (claim.object() != null) {
            out.append(" in ").append(claim.object());
        }
        if (claim.period() != null) {
            out.append(", ").append(period(claim.period()));
        }
        return out.toString();
    }

    private static void evidence(Fact fact, StringBuilder out) {
        out.append("<li>").append(Html.escape(Figures.format(fact.value(), fact.unit()))).append(", ")
                .append(Html.escape(period(fact.period()))).append(": ");
        String label = fact.sourceTitle() == null || fact.sourceTitle().isBlank() ? fact.source() : fact.sourceTitle();
        if (fact.source() != null && (fact.source().startsWith("https://") || fact.source().startsWith("http://"))) {
            out.append("<a href=\"").append(Html.escape(fact.source())).append("\" rel=\"noopener noreferrer nofollow\">")
                    .append(Html.escape(label)).append("</a>");
        } else {
            out.append(Html.escape(label));
        }
        out.append("</li>");
    }

    private static String period(Period period) {
        return period.from().equals(period.to()) ? period.from().toString() : period.from() + " to " + period.to();
    }

    private static void row(String name, String value, StringBuilder out) {
        out.append("<dt>").append(name).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
    }

    private static void summary(VerifiedSummary summary, StringBuilder out) {
        out.append("<ul class=\"summary\">");
        for (SummarySentence sentence : summary.sentences()) {
            out.append("<li>").append(Html.escape(sentence.text()));
            for (FigureAnnotation figure : sentence.annotations()) {
                out.append(" <span class=\"v-").append(figure.verdict().name()).append("\">[")
                        .append(Html.escape(figure.text())).append(": ").append(Html.escape(SummaryRenderer.label(figure)))
                        .append(icon(figure.verdict())).append("]</span>");
            }
            out.append("</li>");
        }
        out.append("</ul>");
    }

    /** The verdict counts as text; the same list serves the article list's bars. */
    static void counts(Map<Verdict, Integer> counts, StringBuilder out) {
        out.append("<ul class=\"counts\">");
        for (Verdict verdict : Verdict.values()) {
            out.append("<li class=\"v-").append(verdict.name()).append("\">").append(icon(verdict)).append(' ')
                    .append(counts.getOrDefault(verdict, 0)).append(' ').append(verdict.name().toLowerCase(Locale.ROOT))
                    .append("</li>");
        }
        out.append("</ul>");
    }

    /** Plain text between figures: blank lines end paragraphs, single line breaks stay line breaks. */
    private static void paragraphs(String text, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            int newline = text.indexOf('\n', i);
            if (newline < 0 || newline >= to) {
                Html.escapeInto(text, i, to, out);
                return;
            }
            Html.escapeInto(text, i, newline, out);
            int next = newline + 1;
            while (next < to && (text.charAt(next) == '\n' || text.charAt(next) == '\r')) {
                next++;
            }
            out.append(next - newline > 1 ? "</p><p>" : "<br>");
            i = next;
        }
    }
}
