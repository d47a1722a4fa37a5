package dev.factcheck.runtime.http;

import dev.factcheck.runtime.json.Json;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.check.TooManyClaimsException;
import dev.factcheck.store.StoreUnavailableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.crac.Core;
import org.crac.Resource;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What every API function shares: read the event, run {@link #handle}, and map whatever happens to
 * one HTTP answer. This is the one place exceptions become status codes; the error body is always
 * {@code {"error": {"code", "message", "details"}}} and never carries an exception message. A stream
 * handler, so the Lambda runtime's own POJO serializer never loads.
 */
public abstract class ApiHandler implements RequestStreamHandler, Resource {

    private final String functionName;

    protected ApiHandler(String functionName) {
        this.functionName = functionName;
        // SnapStart calls beforeCheckpoint once the container is initialised; the registration is
        // harmless on a JVM without CRaC.
        Core.getGlobalContext().register(this);
    }

    /** Answers one request; throws {@link ApiException} to refuse it. */
    protected abstract HttpResponse handle(HttpRequest request);

    /**
     * Events that walk this function's real code paths without changing stored data: reads, and
     * writes that validation refuses. Run before a SnapStart snapshot so that restored containers
     * start with Jackson, the SDK client and the core's rules loaded and compiled.
     */
    protected abstract List<HttpEvent> primingEvents();

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to renew: no ids, random seeds or timestamps are made before the snapshot.
    }

    /** Runs every priming event through {@link #handleRequest}; the answers are thrown away. */
    public void prime() {
        for (HttpEvent event : primingEvents()) {
            try {
                handleRequest(new ByteArrayInputStream(event.toBytes()), OutputStream.nullOutputStream(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        long started = System.nanoTime();
        RequestLog log = RequestLog.of(functionName, context);
        HttpResponse response;
        HttpRequest request = null;
        try {
            request = HttpEvents.read(input);
            response = handle(request);
        } catch (IOException unreadableEvent) {
            response = error(new ApiException(400, "invalid_event", "The event is not an API Gateway HTTP API event."));
        } catch (ApiException refused) {
            response = error(refused);
        } catch (TooManyClaimsException tooMany) {
            response = error(ApiException.payloadTooLarge("The text holds " + tooMany.found() + " figures; at most "
                    + tooMany.limit() + " are checked at once. Split it."));
        } catch (StoreUnavailableException | SdkException storeTrouble) {
            log.error("store_unavailable", storeTrouble);
            response = error(new ApiException(503, "unavailable", "The store is busy; try again shortly.",
                    List.of(), Map.of("retry-after", "2")));
        } catch (RuntimeException bug) {
            log.error("internal_error", bug);
            response = error(new ApiException(500, "internal_error", "Something went wrong on our side."));
        }
        log.request(request, response.status(), (System.nanoTime() - started) / 1_000_000);
        HttpEvents.write(response, output);
    }

    /** The error answer for {@code refusal}. */
    public static HttpResponse error(ApiException refusal) {
        ObjectNode body = Json.object();
        ObjectNode error = body.putObject("error");
        error.put("code", refusal.code());
        error.put("message", refusal.getMessage());
        ArrayNode details = error.putArray("details");
        refusal.details().forEach(problem -> details.addObject().put("path", problem.path()).put("problem", problem.problem()));
        HttpResponse response = HttpResponse.json(refusal.status(), body);
        for (Map.Entry<String, String> header : refusal.headers().entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }
}
