package dev.factcheck.runtime.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.crac.Core;
import org.crac.Resource;

/**
 * What every API function shares: read the event, dispatch it through the function's route table
 * (admin routes checked there), and turn whatever happens into one HTTP answer through
 * {@link ErrorMapping}. A stream handler, so the Lambda runtime's own POJO serializer never loads.
 * Subclasses declare {@link #routes()} and {@link #primingEvents()}; nothing else.
 */
public abstract class ApiHandler implements RequestStreamHandler, Resource {

    private final String functionName;
    private final AdminGuard admin;
    private Routes routes;

    /** A function whose routes are all open; an admin route declared anyway needs an IAM caller. */
    protected ApiHandler(String functionName) {
        this(functionName, new AdminGuard(true));
    }

    protected ApiHandler(String functionName, AdminGuard admin) {
        this.functionName = functionName;
        this.admin = admin;
        // SnapStart calls beforeCheckpoint once the container is initialised; the registration is
        // harmless on a JVM without CRaC.
        Core.getGlobalContext().register(this);
    }

    /** The function's route table. */
    protected abstract Routes routes();

    /**
     * Events that walk this function's real code paths without changing stored data: reads, and
     * writes that validation refuses. Run before a SnapStart snapshot so that restored containers
     * start with Jackson, the SDK client and the core's rules loaded and compiled.
     */
    protected abstract List<HttpEvent> primingEvents();

    /** The declared routes, for the checks that compare them with template.yaml. */
    public final List<Route> declaredRoutes() {
        return table().all();
    }

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
            response = table().dispatch(request, admin);
        } catch (IOException | RuntimeException failure) {
            response = ErrorMapping.response(failure, log);
        }
        log.request(request, response.status(), (System.nanoTime() - started) / 1_000_000);
        HttpEvents.write(response, output);
    }

    private Routes table() {
        if (routes == null) {
            routes = routes();
        }
        return routes;
    }
}
