package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.articles.ArticleService;
import dev.factcheck.review.Author;
import dev.factcheck.runtime.http.AdminGuard;
import dev.factcheck.runtime.http.ApiHandler;
import dev.factcheck.sam.FunctionSpec;
import dev.factcheck.sam.SamTemplate;
import dev.factcheck.store.articles.ArticleStore;
import dev.factcheck.store.facts.FactStore;
import dev.factcheck.store.feeds.FeedRegistry;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every API function's route table declares exactly the routes template.yaml gives it, and a route is
 * admin in the table exactly when the template authorises it with AWS_IAM: a write route cannot be
 * deployed open, nor declared open while the template protects it.
 */
class RoutesMatchTemplateTest {

    // Route tables are declarations; building them touches no collaborator, so none is needed.
    private static final List<ApiHandler> HANDLERS = List.of(
            new FactCheckHandler(null, Clock.systemUTC()),
            new FactsAdminHandler((FactStore) null, new AdminGuard(true)),
            new IngestArticleHandler((ArticleService) null, new AdminGuard(true)),
            new GetArticleHandler(null, (ArticleStore) null),
            new SummaryHandler(null, Author.organization("Desk", null)),
            new FeedsAdminHandler((FeedRegistry) null, new AdminGuard(true), Clock.systemUTC()),
            new ReviewPageHandler(null, null, Clock.systemUTC(), 1));

    private final SamTemplate template = SamTemplate.ofProject();

    @Test
    void everyHandlersRouteTable_isTheTemplatesRoutes_withAdminExactlyWhereAwsIamIs() {
        for (ApiHandler handler : HANDLERS) {
            FunctionSpec function = template.functions().values().stream()
                    .filter(spec -> spec.handlerClass().equals(handler.getClass().getName())).findFirst().orElseThrow();

            assertThat(handler.declaredRoutes()).as(function.logicalId())
                    .extracting(route -> route.routeKey() + (route.admin() ? " admin" : " open"))
                    .containsExactlyInAnyOrderElementsOf(function.routes().stream()
                            .map(route -> route.routeKey() + (route.iamAuth() ? " admin" : " open")).toList());
        }
    }

    @Test
    void everyApiFunctionOfTheTemplate_hasItsHandlerChecked() {
        assertThat(template.functions().values().stream().filter(spec -> !spec.routes().isEmpty())
                .map(FunctionSpec::handlerClass))
                .containsExactlyInAnyOrderElementsOf(HANDLERS.stream().map(handler -> handler.getClass().getName()).toList());
    }
}
