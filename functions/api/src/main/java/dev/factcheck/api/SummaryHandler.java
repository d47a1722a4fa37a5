package dev.factcheck.api;

import dev.factcheck.store.Components;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.api.http.ApiException;
import dev.factcheck.api.http.ApiHandler;
import dev.factcheck.api.http.HttpRequest;
import dev.factcheck.api.http.HttpResponse;
import dev.factcheck.articles.ArticleIds;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.articles.CheckedArticle;
import dev.factcheck.store.json.DomainJson;
import dev.factcheck.summary.Summarizer;
import dev.factcheck.summary.VerifiedSummary;
import java.util.List;

/** {@code GET /articles/{id}/summary}: the verified summary, re-verified first when the facts changed. */
public final class SummaryHandler extends ApiHandler {

    private final ArticleService articles;
    private final Summarizer summarizer = new Summarizer();

    public SummaryHandler() {
        this(Components.articleService());
    }

    public SummaryHandler(ArticleService articles) {
        super("SummaryFunction");
        this.articles = articles;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        int sentences = sentences(request);
        String format = request.queryParameter("format").orElse("json");
        if (!format.equals("json")) {
            throw ApiException.validationFailed(List.of(new ApiException.Problem("format", "must be json")));
        }
        String id = request.pathParameter("id").filter(ArticleIds::isWellFormed)
                .orElseThrow(() -> ApiException.notFound("That article"));
        CheckedArticle article = articles.current(id).orElseThrow(() -> ApiException.notFound("That article"));
        VerifiedSummary summary = summarizer.summarize(article.article().text(), article.claims(), sentences);

        ObjectNode body = DomainJson.summary(summary);
        body.put("articleId", id);
        body.put("title", article.article().title());
        body.put("checkedAt", article.checkedAt().toString());
        body.put("factsVersion", article.factsVersion());
        return HttpResponse.json(200, body.toString());
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
}
