package dev.factcheck.api;

import dev.factcheck.api.json.ApiJson;
import dev.factcheck.articles.ArticleIds;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.runtime.http.ApiException;
import dev.factcheck.runtime.http.ApiHandler;
import dev.factcheck.runtime.http.HttpEvent;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.runtime.http.Route;
import dev.factcheck.runtime.http.Routes;
import dev.factcheck.runtime.http.Validation;
import dev.factcheck.runtime.wiring.Components;
import dev.factcheck.store.articles.ArticleStore;
import java.util.List;
import java.util.Map;

/** {@code GET /articles} (newest first, paged) and {@code GET /articles/{id}} (with claims and verdicts). */
public final class GetArticleHandler extends ApiHandler {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final ArticleService articles;
    private final ArticleStore store;

    public GetArticleHandler() {
        this(Components.articleService(), Components.articleStore());
    }

    public GetArticleHandler(ArticleService articles, ArticleStore store) {
        super("GetArticleFunction");
        this.articles = articles;
        this.store = store;
    }

    @Override
    protected Routes routes() {
        return Routes.of(Route.open("GET /articles", this::list), Route.open("GET /articles/{id}", this::one));
    }

    private HttpResponse one(HttpRequest request) {
        String id = request.pathId("id", ArticleIds::isWellFormed, "That article");
        return HttpResponse.json(200, ApiJson.article(ApiException.orNotFound(articles.current(id), "That article")));
    }

    private HttpResponse list(HttpRequest request) {
        String limit = request.nonBlankQueryParameter("limit");
        return HttpResponse.json(200, ApiJson.articlePage(store.list(
                limit == null ? DEFAULT_LIMIT : Validation.wholeNumber("limit", limit, 1, MAX_LIMIT),
                request.nonBlankQueryParameter("cursor"))));
    }

    @Override
    protected List<HttpEvent> primingEvents() {
        return List.of(HttpEvent.get("GET /articles", "/articles", Map.of(), Map.of("limit", "1")),
                HttpEvent.get("GET /articles/{id}", "/articles/a_000000000000000000000000",
                        Map.of("id", "a_000000000000000000000000"), Map.of()));
    }
}
