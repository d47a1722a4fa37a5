package dev.factcheck.api;

import dev.factcheck.runtime.http.HttpEvent;
import dev.factcheck.runtime.wiring.Components;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.http.ApiException;
import dev.factcheck.runtime.http.ApiHandler;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.articles.ArticleIds;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.articles.CheckedArticle;
import dev.factcheck.api.json.ApiJson;
import dev.factcheck.runtime.json.Json;
import dev.factcheck.review.ArticleRef;
import dev.factcheck.review.Author;
import dev.factcheck.review.ClaimReviews;
import dev.factcheck.runtime.config.Settings;
import dev.factcheck.summary.Summarizer;
import dev.factcheck.summary.SummaryRenderer;
import dev.factcheck.summary.VerifiedSummary;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /articles/{id}/summary}: the verified summary, re-verified first when the facts changed. */
public final class SummaryHandler extends ApiHandler {

    private static final Set<String> FORMATS = Set.of("json", "markdown", "text", "claimreview");

    private final ArticleService articles;
    private final Author author;
    private final Summarizer summarizer = new Summarizer();

    public SummaryHandler() {
        this(Components.articleService(), Author.organization(
                Settings.optional("CLAIMREVIEW_AUTHOR_NAME").orElse("factcheck"),
                Settings.optional("CLAIMREVIEW_AUTHOR_URL").orElse(null)));
    }

    public SummaryHandler(ArticleService articles, Author author) {
        super("SummaryFunction");
        this.articles = articles;
        this.author = author;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        int sentences = sentences(request);
        String format = request.queryParameter("format").orElse("json");
        if (!FORMATS.contains(format)) {
            throw ApiException.validationFailed(List.of(new ApiException.Problem("format",
                    "must be one of json, markdown, text, claimreview")));
        }
        String id = request.pathParameter("id").filter(ArticleIds::isWellFormed)
                .orElseThrow(() -> ApiException.notFound("That article"));
        CheckedArticle article = articles.current(id).orElseThrow(() -> ApiException.notFound("That article"));
        VerifiedSummary summary = summarizer.summarize(article.article().text(), article.claims(), sentences);

        return switch (format) {
            case "markdown" -> new HttpResponse(200, Map.of("content-type", "text/markdown; charset=utf-8"),
                    "# " + SummaryRenderer.escapeMarkdown(article.article().title()) + "\n\n" + SummaryRenderer.markdown(summary));
            case "text" -> new HttpResponse(200, Map.of("content-type", "text/plain; charset=utf-8"),
                    SummaryRenderer.plainText(summary));
            case "claimreview" -> new HttpResponse(200, Map.of("content-type", "application/ld+json"),
                    Json.write(ApiJson.claimReviews(ClaimReviews.of(article.claims(),
                            new ArticleRef(article.article().url(), article.article().publishedAt()), author,
                            article.checkedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate()))));
            default -> json(id, article, summary);
        };
    }

    private static HttpResponse json(String id, CheckedArticle article, VerifiedSummary summary) {
        ObjectNode body = ApiJson.summary(summary);
        body.put("articleId", id);
        body.put("title", article.article().title());
        body.put("checkedAt", article.checkedAt().toString());
        body.put("factsVersion", article.factsVersion());
        return HttpResponse.json(200, body);
    }

    private static int sentences(HttpRequest request) {
        String text = request.queryParameter("sentences").orElse("3");
        try {
            int sentences = Integer.parseInt(text.trim());
            if (sentences >= 1 && sentences <= 10) {
                return sentences;
            }
        } catch (NumberFormatException notANumber) {
            // Same answer as out of range.
        }
        throw ApiException.validationFailed(List.of(new ApiException.Problem("sentences", "must be a whole number from 1 to 10")));
    }

    @Override
    protected List<HttpEvent> primingEvents() {
        return List.of(HttpEvent.get("GET /articles/{id}/summary", "/articles/a_000000000000000000000000/summary",
                Map.of("id", "a_000000000000000000000000"), Map.of("format", "json")));
    }
}
