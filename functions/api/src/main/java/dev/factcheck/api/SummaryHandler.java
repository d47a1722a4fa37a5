package dev.factcheck.api;

import dev.factcheck.api.json.SummaryFormat;
import dev.factcheck.articles.Article;
import dev.factcheck.articles.ArticleIds;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.articles.CheckedArticle;
import dev.factcheck.check.FactCheck;
import dev.factcheck.check.RuleTour;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code GET /articles/{id}/summary}: the verified summary, re-verified first when the facts changed. */
public final class SummaryHandler extends ApiHandler {

    /** The article priming asks for and the rule tour stands in for; well-formed, never stored. */
    private static final String PRIMING_ID = "a_000000000000000000000000";

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
        return List.of(HttpEvent.get("GET /articles/{id}/summary", "/articles/" + PRIMING_ID + "/summary",
                Map.of("id", PRIMING_ID), Map.of("format", "json")));
    }

    /**
     * The event of a missing article (the read path), then a check of the rule tour, stored nowhere,
     * whose summary is rendered in every format: no stored article is at hand before the snapshot, and
     * without this a restored container's first summary would run the summariser, the renderers (and,
     * for an article whose facts changed, the claim rules) cold.
     */
    @Override
    public void prime() {
        super.prime();
        FactCheck tour = articles.check(RuleTour.TEXT, RuleTour.PUBLISHED_AT);
        CheckedArticle article = new CheckedArticle(new Article(PRIMING_ID, "Rule tour", RuleTour.TEXT, null, null,
                RuleTour.PUBLISHED_AT, Instant.EPOCH), tour.claims(), tour.factsVersion(), Instant.EPOCH);
        for (SummaryFormat format : SummaryFormat.values()) {
            format.render(new ArticleService.Summarized(article, tour.summary()), author);
        }
    }
}
