package dev.factcheck.api;

import dev.factcheck.api.html.HomePage;
import dev.factcheck.api.html.ReviewPage;
import dev.factcheck.api.requests.FactCheckRequest;
import dev.factcheck.articles.ArticleIds;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.articles.CheckedArticle;
import dev.factcheck.check.FactCheck;
import dev.factcheck.check.RuleTour;
import dev.factcheck.runtime.http.ApiException;
import dev.factcheck.runtime.http.ApiHandler;
import dev.factcheck.runtime.http.HttpEvent;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.runtime.http.Route;
import dev.factcheck.runtime.http.Routes;
import dev.factcheck.runtime.wiring.Components;
import dev.factcheck.store.articles.ArticleStore;
import dev.factcheck.summary.SummaryLength;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The HTML pages for editors: the home page (paste a text, stored articles) and an article's review page. */
public final class ReviewPageHandler extends ApiHandler {

    static final int LISTED_ARTICLES = 50;

    private final ArticleService articles;
    private final ArticleStore store;
    private final Clock clock;
    private final int listed;

    public ReviewPageHandler() {
        this(Components.articleService(), Components.articleStore(), Clock.systemUTC(), LISTED_ARTICLES);
    }

    public ReviewPageHandler(ArticleService articles, ArticleStore store, Clock clock, int listed) {
        super("ReviewPageFunction");
        this.articles = articles;
        this.store = store;
        this.clock = clock;
        this.listed = listed;
    }

    @Override
    protected Routes routes() {
        return Routes.of(Route.open("GET /", this::home), Route.open("POST /", this::checkPasted),
                Route.open("GET /articles/{id}/review", this::review));
    }

    private HttpResponse home(HttpRequest request) {
        ArticleStore.Page page = store.list(listed, request.nonBlankQueryParameter("cursor"));
        return HomePage.render(page.articles(), page.nextCursor());
    }

    private HttpResponse checkPasted(HttpRequest request) {
        FactCheckRequest pasted = FactCheckRequest.readForm(request);
        LocalDate publishedAt = pasted.publishedAt() == null ? LocalDate.now(clock) : pasted.publishedAt();
        FactCheck check = articles.check(pasted.text(), publishedAt);
        return ReviewPage.render(new ReviewPage.View("Checked text", "Read as published on " + publishedAt + "; not stored",
                pasted.text(), check.claims(), check.summary(), null));
    }

    private HttpResponse review(HttpRequest request) {
        String id = request.pathId("id", ArticleIds::isWellFormed, "That article");
        ArticleService.Summarized summarized = ApiException.orNotFound(articles.summarized(id, SummaryLength.DEFAULT),
                "That article");
        CheckedArticle checked = summarized.article();
        String byline = (checked.article().source() == null ? "" : checked.article().source() + " \u00b7 ")
                + checked.article().publishedAt() + " \u00b7 checked " + checked.checkedAt();
        return ReviewPage.render(new ReviewPage.View(checked.article().title(), byline, checked.article().text(),
                checked.claims(), summarized.summary(), "/articles/" + id + "/summary?format=claimreview"));
    }

    @Override
    protected List<HttpEvent> primingEvents() {
        return List.of(HttpEvent.get("GET /", "/", Map.of(), Map.of()),
                HttpEvent.get("GET /articles/{id}/review", "/articles/a_000000000000000000000000/review",
                        Map.of("id", "a_000000000000000000000000"), Map.of()));
    }

    /** The pages' events, then a check of the rule tour, so that the first pasted text finds the rules warm. */
    @Override
    public void prime() {
        super.prime();
        articles.check(RuleTour.TEXT, RuleTour.PUBLISHED_AT);
    }
}
