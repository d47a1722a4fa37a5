package dev.factcheck.api;

import dev.factcheck.api.json.SummaryFormat;
import dev.factcheck.articles.ArticleIds;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.review.Author;
import dev.factcheck.runtime.config.Config;
import dev.factcheck.runtime.http.ApiException;
import dev.factcheck.runtime.http.ApiHandler;
import dev.factcheck.runtime.http.HttpEvent;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.runtime.http.Route;
import dev.factcheck.runtime.http.Routes;
import dev.factcheck.runtime.http.Validation;
import dev.factcheck.runtime.wiring.Components;
import dev.factcheck.summary.Summarizer;
import dev.factcheck.summary.SummaryLength;
import java.util.List;
import java.util.Map;

/** {@code GET /articles/{id}/summary}: the verified summary, re-verified first when the facts changed. */
public final class SummaryHandler extends ApiHandler {

    private final ArticleService articles;
    private final Author author;

    public SummaryHandler() {
        this(Components.articleService(), author(Components.config()));
    }

    public SummaryHandler(ArticleService articles, Author author) {
        super("SummaryFunction");
        this.articles = articles;
        this.author = author;
    }

    @Override
    protected Routes routes() {
        return Routes.of(Route.open("GET /articles/{id}/summary", this::summary));
    }

    private HttpResponse summary(HttpRequest request) {
        // Without "sentences" the default summary: it shows every contested figure, however many.
        String asked = request.queryParameter("sentences").orElse(null);
        SummaryLength sentences = asked == null ? SummaryLength.DEFAULT : SummaryLength.exactly(
                Validation.wholeNumber("sentences", asked, Summarizer.MIN_SENTENCES, Summarizer.MAX_SENTENCES));
        SummaryFormat format = SummaryFormat.of(request);
        String id = request.pathId("id", ArticleIds::isWellFormed, "That article");
        return format.render(ApiException.orNotFound(articles.summarized(id, sentences), "That article"), author);
    }

    private static Author author(Config config) {
        return Author.organization(config.claimReviewAuthorName(), config.claimReviewAuthorUrl());
    }

    @Override
    protected List<HttpEvent> primingEvents() {
        return List.of(HttpEvent.get("GET /articles/{id}/summary", "/articles/a_000000000000000000000000/summary",
                Map.of("id", "a_000000000000000000000000"), Map.of("format", "json")));
    }
}
