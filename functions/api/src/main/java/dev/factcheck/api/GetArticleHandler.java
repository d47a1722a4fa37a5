package dev.factcheck.api;

import dev.factcheck.runtime.http.HttpEvent;
import java.util.Map;
import dev.factcheck.runtime.wiring.Components;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.http.ApiException;
import dev.factcheck.runtime.http.ApiHandler;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.runtime.http.Routes;
import dev.factcheck.articles.ArticleIds;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.store.articles.ArticleStore;
import dev.factcheck.store.articles.InvalidCursorException;
import dev.factcheck.api.json.ApiJson;
import dev.factcheck.runtime.json.Json;
import java.util.List;

/** {@code GET /articles} (newest first, paged) and {@code GET /articles/{id}} (with claims and verdicts). */
public final class GetArticleHandler extends ApiHandler {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final ArticleService articles;
    private final ArticleStore store;
    private final Routes routes = new Routes()
            .on("GET /articles", this::list)
            .on("GET /articles/{id}", this::one);

    public GetArticleHandler() {
        this(Components.articleService(), Components.articleStore());
    }

    public GetArticleHandler(ArticleService articles, ArticleStore store) {
        super("GetArticleFunction");
        this.articles = articles;
        this.store = store;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        return routes.dispatch(request);
    }

    private HttpResponse one(HttpRequest request) {
        String id = request.pathParameter("id").filter(ArticleIds::isWellFormed)
                .orElseThrow(() -> ApiException.notFound("That article"));
        return articles.current(id)
                .map(article -> HttpResponse.json(200, ApiJson.article(article)))
                .orElseThrow(() -> ApiException.notFound("That article"));
    }

    private HttpResponse list(HttpRequest request) {
        int limit = limit(request);
        ArticleStore.Page page;
        try {
            page = store.list(limit, request.queryParameter("cursor").filter(c -> !c.isBlank()).orElse(null));
        } catch (InvalidCursorException e) {
            throw new ApiException(400, "invalid_cursor", "The cursor is not one this API issued; start again without it.");
        }
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("articles");
        page.articles().forEach(article -> {
            ObjectNode item = list.addObject().put("id", article.id()).put("title", article.title())
                    .put("url", article.url()).put("source", article.source())
                    .put("publishedAt", article.publishedAt().toString()).put("createdAt", article.createdAt().toString());
            ApiJson.counts(item.putObject("counts"), article.counts());
        });
        body.put("nextCursor", page.nextCursor());
        return HttpResponse.json(200, body);
    }

    private static int limit(HttpRequest request) {
        String text = request.queryParameter("limit").orElse(null);
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // Same answer as out of range.
        }
        throw ApiException.validationFailed(List.of(new ApiException.Problem("limit",
                "must be a whole number from 1 to " + MAX_LIMIT)));
    }

    @Override
    protected List<HttpEvent> primingEvents() {
        return List.of(
                HttpEvent.get("GET /articles", "/articles", Map.of(), Map.of("limit", "1")),
                HttpEvent.get("GET /articles/{id}", "/articles/a_000000000000000000000000",
                        Map.of("id", "a_000000000000000000000000"), Map.of()));
    }
}
