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
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The functions of the template, their handler instances built the way Lambda builds them (the
 * public no-arg constructor of the class named in {@code Handler}) and reused. Like a Lambda execution
 * environment, an instance handles one invocation at a time: an invocation while every instance is
 * busy (concurrent HTTP requests, SQS pollers) gets a new one, as Lambda scales out. A handler class
 * the runner's jar does not carry is loaded from the function's {@code CodeUri} artifact.
 */
final class FunctionHost {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<Path, ClassLoader> ARTIFACTS = new ConcurrentHashMap<>();
    private static final ExecutorService INVOKERS = Executors.newVirtualThreadPerTaskExecutor();

    private final Map<String, Loaded> functions;

    private FunctionHost(Map<String, Loaded> functions) {
        this.functions = functions;
    }

    /**
     * Loads and constructs every function's handler. Call after the settings are in place: handlers
     * read their settings when they are constructed.
     */
    static FunctionHost load(SamTemplate template, Path projectRoot) {
        return load(template, projectRoot, Map.of());
    }

    /**
     * As {@link #load(SamTemplate, Path)}, each function with its own environment (see
     * {@link FunctionEnvironment}) and its own copy of the function code (see {@link FunctionClassLoader}).
     */
    static FunctionHost load(SamTemplate template, Path projectRoot, Map<String, Map<String, String>> environments) {
        Map<String, Loaded> loaded = new LinkedHashMap<>();
        for (FunctionSpec spec : template.functions().values().stream()
                .sorted(java.util.Comparator.comparing(FunctionSpec::logicalId)).toList()) {
            Map<String, String> environment = environments.getOrDefault(spec.logicalId(), Map.of());
            // One copy of the function code per function and runner, shared by the function's handler instances.
            Supplier<ClassLoader> functionCode = new java.util.function.Supplier<>() {
                private ClassLoader loader;

                @Override
                public synchronized ClassLoader get() {
                    if (loader == null) {
                        loader = new FunctionClassLoader(spec.logicalId(), handlerClass(spec, projectRoot, false).getClassLoader());
                    }
                    return loader;
                }
            };
            loaded.put(spec.logicalId(), new Loaded(spec, environment, () -> construct(spec, functionCode.get(), environment)));
        }
        return new FunctionHost(loaded);
    }

    /** Fails fast, before any store starts, when a function's handler class is not on the classpath. */
    static void verifyClasses(SamTemplate template, Path projectRoot) {
        for (FunctionSpec spec : template.functions().values()) {
            handlerClass(spec, projectRoot, false);
        }
    }

    /**
     * The handler class: from the runner's own classpath (the api module is built in), or else from
     * the function's deployment artifact, its {@code CodeUri} jar, as Lambda would load it. Classes
     * the runner has are shared (parent first), so the artifact only adds what the runner lacks.
     */
    private static Class<?> handlerClass(FunctionSpec spec, Path projectRoot, boolean initialize) {
        try {
            return Class.forName(spec.handlerClass(), initialize, FunctionHost.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError notBuiltIn) {
            Path artifact = spec.codeUri() == null ? null : projectRoot.resolve(spec.codeUri()).normalize();
            if (artifact != null && Files.isRegularFile(artifact)) {
                try {
                    return Class.forName(spec.handlerClass(), initialize, ARTIFACTS.computeIfAbsent(artifact,
                            FunctionHost::artifactLoader));
                } catch (ClassNotFoundException | LinkageError notThereEither) {
                    // reported below
                }
            }
            throw new SetupException("the handler class " + spec.handlerClass() + " of function " + spec.logicalId()
                    + " is neither in the local runner's jar nor in its CodeUri " + spec.codeUri()
                    + (artifact != null && Files.isRegularFile(artifact) ? "" : " (not built)")
                    + "; rebuild with ./mvnw -q -DskipTests package (or check Handler in template.yaml)");
        }
    }

    private static ClassLoader artifactLoader(Path artifact) {
        try {
            return new URLClassLoader("codeuri:" + artifact.getFileName(), new URL[] {artifact.toUri().toURL()},
                    FunctionHost.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new SetupException("cannot load " + artifact + ": " + e.getMessage());
        }
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
        return FunctionEnvironment.callAs(function.environment(), () -> function.invoke(event));
    }

    String unknownFunction(String logicalId) {
        return "no function " + logicalId + " in template.yaml; known functions: " + String.join(", ", names());
    }

    private static Object construct(FunctionSpec spec, ClassLoader functionCode, Map<String, String> environment) {
        return FunctionEnvironment.callAs(environment, () -> instantiate(spec, functionCode));
    }

    private static Object instantiate(FunctionSpec spec, ClassLoader functionCode) {
        try {
            Class<?> type = Class.forName(spec.handlerClass(), true, functionCode);
            if (!RequestStreamHandler.class.isAssignableFrom(type) && !RequestHandler.class.isAssignableFrom(type)) {
                throw new SetupException("the handler class " + spec.handlerClass() + " of function " + spec.logicalId()
                        + " implements neither RequestStreamHandler nor RequestHandler");
            }
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

    /** A function's execution environments: idle handler instances, each one invocation at a time. */
    private static final class Loaded {

        private final FunctionSpec spec;
        private final Map<String, String> environment;
        private final Supplier<Object> factory;
        private final java.util.concurrent.ConcurrentLinkedDeque<Object> idle = new java.util.concurrent.ConcurrentLinkedDeque<>();

        Loaded(FunctionSpec spec, Map<String, String> environment, Supplier<Object> factory) {
            this.spec = spec;
            this.environment = environment;
            this.factory = factory;
            // Constructed at start, so a handler that cannot start fails the runner's start-up.
            idle.push(factory.get());
        }

        FunctionSpec spec() {
            return spec;
        }

        Map<String, String> environment() {
            return environment;
        }

        /**
         * Runs the handler within the function's Timeout. Like Lambda, an invocation that runs out of
         * time fails with "Task timed out" and its environment is thrown away: the next invocation
         * gets a freshly constructed handler (the timed-out thread is interrupted and left to end).
         */
        Invocation invoke(byte[] event) {
            long started = System.nanoTime();
            Object current = idle.poll();
            if (current == null) {
                try {
                    current = factory.get();
                } catch (RuntimeException cannotStart) {
                    return new Invocation(spec.logicalId(), null, cannotStart, elapsed(started));
                }
            }
            boolean reusable = true;
            try {
                Object handler = current;
                long timeoutMillis = Math.max(1, spec.timeoutSeconds()) * 1000L;
                Context context = new LocalContext(timeoutMillis);
                Future<byte[]> running = INVOKERS.submit(() -> handler instanceof RequestStreamHandler stream
                        ? invokeStream(stream, event, context)
                        : invokePojo(handler, event, context));
                try {
                    return new Invocation(spec.logicalId(), running.get(timeoutMillis, TimeUnit.MILLISECONDS), null,
                            elapsed(started));
                } catch (TimeoutException outOfTime) {
                    running.cancel(true);
                    reusable = false;
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
                if (reusable) {
                    idle.push(current);
                }
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
