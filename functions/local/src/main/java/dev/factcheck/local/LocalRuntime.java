package dev.factcheck.local;

import dev.factcheck.sam.ProjectFiles;
import dev.factcheck.sam.SamTemplate;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What every command needs: the template, a store with its tables, the functions' settings in place
 * and the handlers constructed. Closing it stops the dynalite and the ElasticMQ it started.
 */
final class LocalRuntime implements AutoCloseable {

    private final Path projectRoot;
    private final SamTemplate template;
    private final Map<String, String> parameters;
    private final LocalStore store;
    private final LocalIam iam;
    private final LocalQueues queues;
    private final FunctionHost functions;
    private final RouteTable routes;
    private final PrintStream log;

    private LocalRuntime(Path projectRoot, SamTemplate template, Map<String, String> parameters, LocalStore store,
                         LocalIam iam, LocalQueues queues, FunctionHost functions, PrintStream log) {
        this.projectRoot = projectRoot;
        this.template = template;
        this.parameters = parameters;
        this.store = store;
        this.iam = iam;
        this.queues = queues;
        this.functions = functions;
        this.routes = new RouteTable(template);
        this.log = log;
    }

    /** The project's template, or the one {@code --template} names. */
    static Loaded loadTemplate(Options options) {
        Path root = projectRoot(options);
        Path file = options.template() != null ? options.template().toAbsolutePath().normalize() : root.resolve("template.yaml");
        if (!Files.isRegularFile(file)) {
            throw new SetupException("no template at " + file);
        }
        return new Loaded(root, file, SamTemplate.load(file));
    }

    /** A template and where it came from. {@code file} may be null for a template built in memory (tests). */
    record Loaded(Path projectRoot, Path file, SamTemplate template) {
    }

    /**
     * Opens the store and the queues, creates the tables, puts the settings in place and constructs the handlers.
     *
     * @param owner true for {@code serve}, which owns a persistent data folder while it runs
     */
    static LocalRuntime open(Loaded loaded, Options options, boolean owner, PrintStream log) {
        FunctionHost.verifyClasses(loaded.template(), loaded.projectRoot());
        LocalStore store = LocalStore.open(options, loaded.projectRoot(), owner, log);
        LocalIam iam = null;
        LocalQueues queues = null;
        try {
            Map<String, String> tables = store.createTables(loaded.template());
            Map<String, String> references = new java.util.HashMap<>(tables);
            LocalIam layer = LocalIam.start(store.endpoint(), loaded.template(), tables, options.iam(), log);
            iam = layer;
            FunctionSettings.useDynamoDb(layer.endpoint());
            FunctionSettings.useSecretsManager(layer.endpoint());
            references.putAll(layer.secretArns());
            queues = LocalQueues.open(loaded.template(), options, log);
            if (queues.endpoint() != null) {
                FunctionSettings.useSqs(layer.guardSqs(queues.endpoint()));
            }
            references.putAll(queues.urls());
            Map<String, String> parameters = FunctionSettings.parameters(loaded.file(), options.parameterOverrides());
            FunctionSettings.applyEnvironment(loaded.template(), parameters, references);
            if (options.allowLoopbackFetch()) {
                FunctionSettings.allowLoopbackFetch();
            }
            Map<String, Map<String, String>> environments = FunctionSettings.environmentsOf(loaded.template(), parameters, references);
            environments.forEach((function, environment) -> environment.putAll(layer.settingsOf(function)));
            FunctionHost functions = FunctionHost.load(loaded.template(), loaded.projectRoot(), environments);
            return new LocalRuntime(loaded.projectRoot(), loaded.template(),
                    parameters, store, layer, queues, functions, log);
        } catch (RuntimeException e) {
            if (queues != null) {
                queues.close();
            }
            if (iam != null) {
                iam.close();
            }
            store.close();
            throw e;
        }
    }

    Seeder.Seeded seed() {
        return new Seeder(functions, routes, log).seedAll(projectRoot.resolve("infra/seed"));
    }

    boolean seedFacts(Path facts) {
        return new Seeder(functions, routes, log).seedFacts(facts);
    }

    Path projectRoot() {
        return projectRoot;
    }

    FunctionHost functions() {
        return functions;
    }

    RouteTable routes() {
        return routes;
    }

    SamTemplate template() {
        return template;
    }

    Map<String, String> parameters() {
        return parameters;
    }

    LocalStore store() {
        return store;
    }

    LocalQueues queues() {
        return queues;
    }

    OptionalLong dynalitePid() {
        return store.dynalitePid();
    }

    /** The IAM layer: its decisions (the tests' record of what each function used). */
    LocalIam iam() {
        return iam;
    }

    @Override
    public void close() {
        queues.close();
        iam.close();
        store.close();
    }

    private static Path projectRoot(Options options) {
        try {
            return ProjectFiles.root();
        } catch (IllegalStateException notInACheckout) {
            if (options.template() != null) {
                return options.template().toAbsolutePath().normalize().getParent();
            }
            throw new SetupException(notInACheckout.getMessage());
        }
    }
}
