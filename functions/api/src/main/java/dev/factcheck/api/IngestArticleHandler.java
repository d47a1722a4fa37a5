package dev.factcheck.api;

import dev.factcheck.api.json.ApiJson;
import dev.factcheck.api.requests.ArticleRequest;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.check.RuleTour;
import dev.factcheck.runtime.http.AdminGuard;
import dev.factcheck.runtime.http.ApiHandler;
import dev.factcheck.runtime.http.HttpEvent;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.runtime.http.Route;
import dev.factcheck.runtime.http.Routes;
import dev.factcheck.runtime.wiring.Components;
import java.util.List;

/** {@code POST /articles}: checks and stores an article; the same article twice is stored once. */
public final class IngestArticleHandler extends ApiHandler {

    private final ArticleService articles;

    public IngestArticleHandler() {
        this(Components.articleService(), Components.adminGuard());
    }

    public IngestArticleHandler(ArticleService articles, AdminGuard admin) {
        super("IngestArticleFunction", admin);
        this.articles = articles;
    }

    @Override
    protected Routes routes() {
        return Routes.of(Route.admin("POST /articles", this::ingest));
    }

    private HttpResponse ingest(HttpRequest request) {
        ArticleService.Ingested ingested = articles.ingest(ArticleRequest.read(request));
        return HttpResponse.json(ingested.created() ? 201 : 200, ApiJson.article(ingested.article()))
                .withHeader("location", "/articles/" + ingested.article().article().id());
    }

    /**
     * An article that validation refuses (no title) before anything is read or written, a read, and a check
     * of the rule tour without storing it, so that a restored container's first article finds the rules warm.
     */
    @Override
    protected List<HttpEvent> primingEvents() {
        return List.of(HttpEvent.send("POST /articles", "/articles", "{\"text\": \"Acme cut 1,400 jobs.\"}"));
    }

    @Override
    public void prime() {
        super.prime();
        articles.isStored("a_000000000000000000000000");
        articles.check(RuleTour.TEXT, RuleTour.PUBLISHED_AT);
    }
}
