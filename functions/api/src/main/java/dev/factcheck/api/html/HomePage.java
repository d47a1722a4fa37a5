package dev.factcheck.api.html;

import dev.factcheck.articles.Limits;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.store.articles.ArticleListing;
import dev.factcheck.verify.Verdict;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code GET /}: a form to check pasted text without storing it, and the stored articles with their verdict counts. */
public final class HomePage {

    private static final int BAR_WIDTH = 240;

    private HomePage() {
    }

    /** The page; {@code nextCursor} (null on the last page) makes the link to older articles. */
    public static HttpResponse render(List<ArticleListing> articles, String nextCursor) {
        StringBuilder body = new StringBuilder(4_096);
        body.append("<header><h1>factcheck</h1><p>Every figure in a text checked against curated reference records.</p>")
                .append("</header>\n<section aria-labelledby=\"check-title\"><h2 id=\"check-title\">Check a text</h2>");
        body.append("<form method=\"post\" action=\"/\"><label for=\"text\">Text (nothing is stored)</label>")
                .append("<textarea id=\"text\" name=\"text\" required maxlength=\"").append(Limits.MAX_TEXT_LENGTH)
                .append("\"></textarea><label for=\"publishedAt\">Published on (relative dates are read against it; default today)</label>")
                .append("<input type=\"date\" id=\"publishedAt\" name=\"publishedAt\" min=\"1000-01-01\" max=\"9999-12-31\">")
                .append("<button type=\"submit\">Check the figures</button></form></section>\n")
                .append("<section aria-labelledby=\"articles-title\"><h2 id=\"articles-title\">Stored articles</h2>");
        if (articles.isEmpty()) {
            body.append("<p>No articles yet.</p>");
        } else {
            body.append("<ul class=\"articles\">");
            articles.forEach(article -> listing(article, body));
            body.append("</ul>");
        }
        if (nextCursor != null) {
            body.append("<p><a rel=\"next\" href=\"/?cursor=").append(Html.escape(URLEncoder.encode(nextCursor, StandardCharsets.UTF_8)))
                    .append("\">Older articles</a></p>");
        }
        body.append("</section>");
        return Page.of(200, "factcheck", body.toString());
    }

    private static void listing(ArticleListing article, StringBuilder out) {
        out.append("<li data-article-id=\"").append(Html.escape(article.id())).append("\"><a href=\"/articles/")
                .append(Html.escape(article.id())).append("/review\">").append(Html.escape(article.title())).append("</a>")
                .append("<div class=\"meta\">");
        if (article.source() != null) {
            out.append(Html.escape(article.source())).append(" \u00b7 ");
        }
        out.append(article.publishedAt()).append("</div>");
        bar(article.counts(), out);
        ReviewPage.counts(article.counts(), out);
        out.append("</li>");
    }

    /** A small stacked bar of the verdict counts; SVG attributes, not inline styles, so the strict CSP allows it. */
    private static void bar(Map<Verdict, Integer> counts, StringBuilder out) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder label = new StringBuilder();
        for (Verdict verdict : Verdict.values()) {
            label.append(label.isEmpty() ? "" : ", ").append(counts.getOrDefault(verdict, 0)).append(' ')
                    .append(verdict.name().toLowerCase(Locale.ROOT));
        }
        out.append("<svg class=\"bar\" role=\"img\" aria-label=\"").append(label).append("\" width=\"").append(BAR_WIDTH)
                .append("\" height=\"10\" viewBox=\"0 0 ").append(BAR_WIDTH).append(" 10\">");
        int x = 0;
        for (Verdict verdict : Verdict.values()) {
            int count = counts.getOrDefault(verdict, 0);
            if (count == 0 || total == 0) {
                continue;
            }
            int width = Math.max(2, count * BAR_WIDTH / total);
            out.append("<rect class=\"v-").append(verdict.name()).append("\" x=\"").append(x).append("\" y=\"0\" width=\"")
                    .append(width).append("\" height=\"10\"></rect>");
            x += width;
        }
        out.append("</svg>");
    }
}
