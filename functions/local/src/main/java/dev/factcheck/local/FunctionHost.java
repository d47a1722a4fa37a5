package dev.factcheck.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.devkit.LocalContext;
import dev.factcheck.sam.FunctionSpec;
import dev.factcheck.sam.SamTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The functions of the template, each one handler instance built the way Lambda builds it (the
 * public no-arg constructor of the class named in {@code Handler}) and reused for every invocation.
 * Like one Lambda execution environment, an instance handles one invocation at a time.
 */
final class FunctionHost {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ExecutorService INVOKERS = Executors.newVirtualThreadPerTaskExecutor();

    private final Map<String, Loaded> functions;

    private FunctionHost(Map<String, Loaded> functions) {
        this.functions = functions;
    }

    /**
     * Loads and constructs every function's handler. Call after the settings are in place: handlers
     * read their settings when they are constructed.
     */
    static FunctionHost load(SamTemplate template) {
        Map<String, Loaded> loaded = new LinkedHashMap<>();
        for (FunctionSpec spec : template.functions().values().stream()
                .sorted(java.util.Comparator.comparing(FunctionSpec::logicalId)).toList()) {
            loaded.put(spec.logicalId(), new Loaded(spec, construct(spec)));
        }
        return new FunctionHost(loaded);
    }

    /** Fails fast, before any store starts, when a function's handler class is not on the classpath. */
    static void verifyClasses(SamTemplate template) {
        for (FunctionSpec spec : template.functions().values()) {
            try {
                Class.forName(spec.handlerClass(), false, FunctionHost.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw missingClass(spec);
            }
        }
    }

    private static SetupException missingClass(FunctionSpec spec) {
        return new SetupException("the handler class " + spec.handlerClass() + " of function " + spec.logicalId()
                + " is not in the local runner's jar; rebuild it with ./mvnw -q -DskipTests package"
                + " (or check Handler in template.yaml)");
    }

    boolean has(String logicalId) {
        return functions.containsKey(logicalId);
    }

    List<String> names() {
        return List.copyOf(functions.keySet());
    }

    FunctionSpec spec(String logicalId) {
        return functions.get(logicalId).spec();
    }

    /** Runs {@code logicalId} with {@code event}; a handler that throws gives a failed {@link Invocation}, never an exception. */
    Invocation invoke(String logicalId, byte[] event) {
        Loaded function = functions.get(logicalId);
        if (function == null) {
            throw new IllegalArgumentException(unknownFunction(logicalId));
        }
        return function.invoke(event);
    }

    String unknownFunction(String logicalId) {
        return "no function " + logicalId + " in template.yaml; known functions: " + String.join(", ", names());
    }

    private static Object construct(FunctionSpec spec) {
        Class<?> type;
        try {
            type = Class.forName(spec.handlerClass(), true, FunctionHost.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw missingClass(spec);
        }
        if (!RequestStreamHandler.class.isAssignableFrom(type) && !RequestHandler.class.isAssignableFrom(type)) {
            throw new SetupException("the handler class " + spec.handlerClass() + " of function " + spec.logicalId()
                    + " implements neither RequestStreamHandler nor RequestHandler");
        }
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new SetupException("the handler class " + spec.handlerClass() + " of function " + spec.logicalId()
                    + " has no public no-arg constructor, which Lambda needs");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new SetupException("function " + spec.logicalId() + " failed to start: " + cause.getClass().getName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (ReflectiveOperationException e) {
            throw new SetupException("cannot construct " + spec.handlerClass() + " of function " + spec.logicalId()
                    + ": " + e);
        } catch (LinkageError e) {
            throw new SetupException("function " + spec.logicalId() + " failed to start: " + e
                    + "; the jar is incomplete or stale, rebuild it with ./mvnw -q -DskipTests package");
        }
    }

    /** What Lambda reports when a function runs past its Timeout. */
    static final class TimeoutError extends RuntimeException {
        TimeoutError(String message) {
            super(message, null, false, false);
        }
    }

    /** One invocation's outcome: the result bytes, or the error the handler threw. */
    record Invocation(String function, byte[] result, Throwable error, long millis) {

        boolean failed() {
            return error != null;
        }

        /** The body Lambda returns for an unhandled error: {@code {"errorMessage", "errorType"}}. */
        byte[] errorPayload() {
            var node = MAPPER.createObjectNode();
            node.put("errorMessage", error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
            node.put("errorType", error instanceof TimeoutError ? "Sandbox.Timedout" : error.getClass().getName());
            return node.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A function's execution environment: one handler instance, one invocation at a time. */
    private static final class Loaded {

        private final FunctionSpec spec;
        private final ReentrantLock lock = new ReentrantLock();
        private volatile Object handler;

        Loaded(FunctionSpec spec, Object handler) {
            this.spec = spec;
            this.handler = handler;
        }

        FunctionSpec spec() {
            return spec;
        }

        /**
         * Runs the handler within the function's Timeout. Like Lambda, an invocation that runs out of
         * time fails with "Task timed out" and its environment is thrown away: the next invocation
         * gets a freshly constructed handler (the timed-out thread is interrupted and left to end).
         */
        Invocation invoke(byte[] event) {
            lock.lock();
            long started = System.nanoTime();
            try {
                Object current = handler;
                long timeoutMillis = Math.max(1, spec.timeoutSeconds()) * 1000L;
                Context context = new LocalContext(timeoutMillis);
                Future<byte[]> running = INVOKERS.submit(() -> current instanceof RequestStreamHandler stream
                        ? invokeStream(stream, event, context)
                        : invokePojo(current, event, context));
                try {
                    return new Invocation(spec.logicalId(), running.get(timeoutMillis, TimeUnit.MILLISECONDS), null,
                            elapsed(started));
                } catch (TimeoutException outOfTime) {
                    running.cancel(true);
                    handler = construct(spec);
                    return new Invocation(spec.logicalId(), null, new TimeoutError(String.format(java.util.Locale.ROOT,
                            "Task timed out after %d.00 seconds", spec.timeoutSeconds())), elapsed(started));
                } catch (ExecutionException failed) {
                    Throwable cause = failed.getCause();
                    if (cause instanceof InvocationTargetException ite && ite.getCause() != null) {
                        cause = ite.getCause();
                    }
                    return new Invocation(spec.logicalId(), null, cause, elapsed(started));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Invocation(spec.logicalId(), null, e, elapsed(started));
            } finally {
                lock.unlock();
            }
        }

        private static byte[] invokeStream(RequestStreamHandler handler, byte[] event, Context context) throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(event), out, context);
            return out.toByteArray();
        }

        /** A {@link RequestHandler}: the event is converted to the handler's input type, as the Lambda runtime does. */
        private static byte[] invokePojo(Object handler, byte[] event, Context context) throws Exception {
            Method method = pojoMethod(handler.getClass());
            Object input = MAPPER.readValue(event, MAPPER.constructType(method.getGenericParameterTypes()[0]));
            Object output = method.invoke(handler, input, context);
            return MAPPER.writeValueAsBytes(output);
        }

        private static Method pojoMethod(Class<?> type) {
            for (Method method : type.getMethods()) {
                if (method.getName().equals("handleRequest") && method.getParameterCount() == 2 && !method.isBridge()) {
                    return method;
                }
            }
            throw new IllegalStateException(type.getName() + " has no handleRequest(input, Context)");
        }

        private static long elapsed(long started) {
            return (System.nanoTime() - started) / 1_000_000;
        }
    }
}
