package dev.factcheck.api;

import dev.factcheck.runtime.http.HttpEvent;
import java.util.List;
import dev.factcheck.runtime.wiring.Components;
import com.fasterxml.jackson.databind.JsonNode;
import dev.factcheck.runtime.http.AdminGuard;
import dev.factcheck.runtime.http.ApiHandler;
import dev.factcheck.runtime.http.HttpRequest;
import dev.factcheck.runtime.http.HttpResponse;
import dev.factcheck.runtime.http.JsonBodies;
import dev.factcheck.runtime.http.Validation;
import dev.factcheck.articles.ArticleService;
import dev.factcheck.articles.ArticleSubmission;
import dev.factcheck.api.json.ApiJson;
import java.time.LocalDate;

/** {@code POST /articles}: checks and stores an article; the same article twice is stored once. */
public final class IngestArticleHandler extends ApiHandler {

    private final ArticleService articles;
    private final AdminGuard admin;

    public IngestArticleHandler() {
        this(Components.articleService(), new AdminGuard(Components.requireIam()));
    }

    public IngestArticleHandler(ArticleService articles, AdminGuard admin) {
        super("IngestArticleFunction");
        this.articles = articles;
        this.admin = admin;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        admin.check(request);
        JsonNode body = JsonBodies.object(request);
        Validation validation = new Validation();
        String title = validation.requiredString(body, "title", "title", 1_000);
        String text = validation.requiredString(body, "text", "text", FactCheckHandler.MAX_TEXT_LENGTH);
        String url = validation.optionalUrl(body, "url", "url");
        String source = validation.optionalString(body, "source", "source", 200);
        LocalDate publishedAt = validation.optionalDate(body, "publishedAt", "publishedAt");
        validation.throwIfAny();

        ArticleService.Ingested ingested = articles.ingest(new ArticleSubmission(title, text, url, source, publishedAt));
        return HttpResponse.json(ingested.created() ? 201 : 200, ApiJson.article(ingested.article()))
                .withHeader("location", "/articles/" + ingested.article().article().id());
    }

    /** An article that validation refuses (no title) before anything is read or written, then a read. */
    @Override
    protected List<HttpEvent> primingEvents() {
        return List.of(HttpEvent.send("POST /articles", "/articles", "{\"text\": \"Acme cut 1,400 jobs.\"}"));
    }

    @Override
    public void prime() {
        super.prime();
        articles.isStored(PRIMING_ID);
    }

    private static final String PRIMING_ID = "a_000000000000000000000000";
}
