package dev.factcheck.api.json;

import dev.factcheck.articles.ArticleService.Summarized;
import dev.factcheck.articles.CheckedArticle;
import dev.factcheck.review.ArticleRef;
import dev.factcheck.review.Author;
import dev.factcheck.review.ClaimReviews;
import dev.factcheck.runtime.http.ApiException;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.runtime.json.Json;
import dev.factcheck.summary.SummaryRenderer;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The answers of {@code GET /articles/{id}/summary}, one per {@code format}. */
public enum SummaryFormat {
    JSON, MARKDOWN, TEXT, CLAIMREVIEW;

    /** The {@code format} query parameter, {@code json} when absent; 400 naming it when unknown. */
    public static SummaryFormat of(HttpRequest request) {
        String format = request.queryParameter("format").orElse("json");
        for (SummaryFormat known : values()) {
            if (known.name().toLowerCase(Locale.ROOT).equals(format)) {
                return known;
            }
        }
        throw ApiException.validationFailed(List.of(new ApiException.Problem("format",
                "must be one of json, markdown, text, claimreview")));
    }

    public HttpResponse render(Summarized summarized, Author author) {
        CheckedArticle article = summarized.article();
        return switch (this) {
            case JSON -> HttpResponse.json(200, ApiJson.summaryAnswer(article, summarized.summary()));
            case MARKDOWN -> new HttpResponse(200, Map.of("content-type", "text/markdown; charset=utf-8"),
                    "# " + SummaryRenderer.escapeMarkdown(article.article().title()) + "\n\n"
                            + SummaryRenderer.markdown(summarized.summary()));
            case TEXT -> new HttpResponse(200, Map.of("content-type", "text/plain; charset=utf-8"),
                    SummaryRenderer.plainText(summarized.summary()));
            case CLAIMREVIEW -> new HttpResponse(200, Map.of("content-type", "application/ld+json"),
                    Json.writeHtmlSafe(ApiJson.claimReviews(ClaimReviews.of(article.claims(),
                            new ArticleRef(article.article().url(), article.article().publishedAt()), author,
                            article.checkedAt().atZone(ZoneOffset.UTC).toLocalDate()))));
        };
    }
}
