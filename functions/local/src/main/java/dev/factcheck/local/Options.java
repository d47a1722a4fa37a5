package dev.factcheck.local;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of the local runner: a command ({@code serve}, {@code invoke}, {@code check}) and
 * its options. Options take {@code --name value} or {@code --name=value}. Anything the command does
 * not know is a {@link UsageException}, so a typo never silently changes what runs.
 */
record Options(
        String command,
        List<String> arguments,
        int port,
        String host,
        Path dataDir,
        boolean inMemory,
        URI dynamoDbEndpoint,
        URI sqsEndpoint,
        boolean seed,
        boolean iam,
        String adminToken,
        boolean schedules,
        boolean allowLoopbackFetch,
        Duration scheduleIntervalOverride,
        Duration visibilityTimeoutOverride,
        Path template,
        String event,
        Path file,
        String text,
        LocalDate published,
        Path facts,
        CheckFormat format,
        Map<String, String> parameterOverrides) {

    static final int DEFAULT_PORT = 3000;
    static final String DEFAULT_HOST = "127.0.0.1";
    static final Path DEFAULT_DATA_DIR = Path.of(".factcheck", "data");
    static final String ADMIN_TOKEN_VARIABLE = "FACTCHECK_ADMIN_TOKEN";

    private static final Set<String> STORE = Set.of("--data-dir", "--in-memory", "--dynamodb-endpoint", "--sqs-endpoint",
            "--no-seed", "--template", "--parameter-overrides", "--no-iam");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "serve", union(STORE, Set.of("--port", "--host", "--admin-token", "--no-schedules", "--allow-loopback-fetch",
                    "--schedule-interval-override", "--visibility-timeout-override")),
            "invoke", union(STORE, Set.of("--event", "--allow-loopback-fetch")),
            "check", union(STORE, Set.of("--file", "--text", "--published", "--facts", "--format")));
    private static final Set<String> FLAGS = Set.of("--in-memory", "--no-seed", "--no-iam", "--no-schedules", "--allow-loopback-fetch");

    static final String USAGE = """
            usage: ./factcheck <command> [options]   (or java -jar functions/local/target/factcheck-local.jar ...)

            commands:
              serve                      run every HTTP API route, the Lambda Invoke API and the schedules of template.yaml
                [--port N]               port to listen on (default 3000; 0 picks a free one)
                [--host H]               address to bind (default 127.0.0.1)
                [--admin-token T]        admin (AWS_IAM) routes need "Authorization: Bearer T" (default: $FACTCHECK_ADMIN_TOKEN;
                                         without a token admin routes are open and a warning is printed)
                [--no-schedules]         do not run the ScheduleV2 functions
                [--allow-loopback-fetch] let feed and page fetching reach 127.0.0.1 (local test feeds only)
                [--schedule-interval-override D]
                                         fire every schedule every D (ISO-8601, e.g. PT30S) instead of its expression
                [--visibility-timeout-override D]
                                         create every queue with visibility timeout D (e.g. PT2S), so failed messages
                                         come back, and reach the dead-letter queue, in seconds
              invoke <LogicalId> --event <file|->
                                         invoke one function with an event (like sam local invoke -e) and print its result
              check [--file F | --text T] [--published YYYY-MM-DD] [--facts facts.json]
                                         print the fact check of a text (stdin when neither --file nor --text);
                                         --facts checks against that file in a throwaway in-memory store
              check <file|folder>... [--format table|json|csv] [--published YYYY-MM-DD] [--facts facts.json]
                                         check many articles (.txt, .md, .json; folders searched for them) and
                                         print a table per file, or JSON or CSV
                                         exit code: 0 no figure contradicted or outdated, 2 one is, 1 an error

            store options (every command):
              [--data-dir D]             keep the tables under D (default .factcheck/data in the project root)
              [--in-memory]              keep the tables in memory only
              [--dynamodb-endpoint URL]  use a running DynamoDB-compatible server instead of starting dynalite
              [--sqs-endpoint URL]       use a running SQS-compatible server instead of starting ElasticMQ
              [--no-seed]                do not load infra/seed (reference facts and sample articles)
              [--template F]             another template.yaml (default: the project's)
              [--parameter-overrides "Name=Value Name2=Value2"]
                                         template parameters instead of their defaults, e.g. FeedWorkerConcurrency=8
              [--no-iam]                 do not enforce the functions' IAM policies (default: a DynamoDB call
                                         outside a function's Policies is refused as AWS refuses it)
            """;

    static Options parse(String[] args) {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        String command = args[0];
        Set<String> allowed = ALLOWED.get(command);
        if (allowed == null) {
            throw new UsageException("unknown command " + command + "; the commands are serve, invoke and check");
        }
        Builder options = new Builder(command);
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.equals("-")) {
                options.arguments.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (!allowed.contains(name)) {
                throw new UsageException("unknown option " + name + " for " + command);
            }
            if (FLAGS.contains(name)) {
                if (value != null) {
                    throw new UsageException(name + " takes no value");
                }
            } else if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException(name + " needs a value");
                }
                value = args[++i];
            }
            options.set(name, value);
        }
        return options.build();
    }

    /** The admin token: the option, else the environment variable, else none. */
    static String adminTokenFrom(String option) {
        if (option != null) {
            return option;
        }
        String fromEnvironment = System.getenv(ADMIN_TOKEN_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static final class Builder {
        private final String command;
        private final List<String> arguments = new ArrayList<>();
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private Path dataDir;
        private boolean inMemory;
        private URI endpoint;
        private URI sqsEndpoint;
        private boolean seed = true;
        private boolean iam = true;
        private String adminToken;
        private boolean schedules = true;
        private boolean allowLoopbackFetch;
        private Duration scheduleOverride;
        private Duration visibilityOverride;
        private final Map<String, String> parameterOverrides = new java.util.LinkedHashMap<>();
        private Path template;
        private String event;
        private Path file;
        private String text;
        private LocalDate published;
        private Path facts;
        private CheckFormat format;

        Builder(String command) {
            this.command = command;
        }

        void set(String name, String value) {
            switch (name) {
                case "--port" -> port = port(value);
                case "--host" -> host = value;
                case "--data-dir" -> dataDir = Path.of(value);
                case "--in-memory" -> inMemory = true;
                case "--dynamodb-endpoint" -> endpoint = endpoint(name, value);
                case "--sqs-endpoint" -> sqsEndpoint = endpoint(name, value);
                case "--no-seed" -> seed = false;
                case "--no-iam" -> iam = false;
                case "--admin-token" -> adminToken = nonBlank(name, value);
                case "--no-schedules" -> schedules = false;
                case "--allow-loopback-fetch" -> allowLoopbackFetch = true;
                case "--schedule-interval-override" -> scheduleOverride = duration(name, value);
                case "--visibility-timeout-override" -> visibilityOverride = duration(name, value);
                case "--template" -> template = Path.of(value);
                case "--parameter-overrides" -> parameterOverrides.putAll(overrides(value));
                case "--event" -> event = value;
                case "--file" -> file = Path.of(value);
                case "--text" -> text = value;
                case "--published" -> published = date(value);
                case "--facts" -> facts = Path.of(value);
                case "--format" -> format = CheckFormat.named(value);
                default -> throw new UsageException("unknown option " + name);
            }
        }

        Options build() {
            int stores = (dataDir != null ? 1 : 0) + (inMemory ? 1 : 0) + (endpoint != null ? 1 : 0);
            if (stores > 1) {
                throw new UsageException("choose one of --data-dir, --in-memory and --dynamodb-endpoint");
            }
            switch (command) {
                case "serve" -> requireNoArguments();
                case "invoke" -> {
                    if (arguments.size() != 1) {
                        throw new UsageException("invoke takes exactly one function, e.g. invoke FactCheckFunction --event events/factcheck-post.json");
                    }
                    if (event == null) {
                        throw new UsageException("invoke needs --event <file|->");
                    }
                }
                case "check" -> {
                    if ((file != null ? 1 : 0) + (text != null ? 1 : 0) + (arguments.isEmpty() ? 0 : 1) > 1) {
                        throw new UsageException("give files or folders, or --file, or --text: one of them");
                    }
                    if (format != null && arguments.isEmpty()) {
                        throw new UsageException("--format is for files and folders given as arguments, e.g. check drafts/ --format csv");
                    }
                    if (facts != null && stores > 0) {
                        throw new UsageException("--facts checks against a throwaway in-memory store; leave out --data-dir, --in-memory and --dynamodb-endpoint");
                    }
                }
                default -> throw new UsageException("unknown command " + command);
            }
            return new Options(command, List.copyOf(arguments), port, host, dataDir, inMemory, endpoint, sqsEndpoint, seed,
                    iam, adminTokenFrom(adminToken), schedules, allowLoopbackFetch, scheduleOverride, visibilityOverride,
                    template, event, file, text, published, facts, checkFormat(), Map.copyOf(parameterOverrides));
        }

        /** Files and folders to check: the format of their report (a table unless asked); one text: none. */
        private CheckFormat checkFormat() {
            if (!command.equals("check") || arguments.isEmpty()) {
                return null;
            }
            return format != null ? format : CheckFormat.TABLE;
        }

        private void requireNoArguments() {
            if (!arguments.isEmpty()) {
                throw new UsageException("unexpected argument " + arguments.getFirst() + " for " + command);
            }
        }

        private static int port(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65_535) {
                    return port;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            throw new UsageException("--port must be a number from 0 to 65535, not " + value);
        }

        private static URI endpoint(String name, String value) {
            try {
                URI uri = URI.create(value);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (IllegalArgumentException malformed) {
                // reported below
            }
            throw new UsageException(name + " must be an http(s) URL such as http://127.0.0.1:8000, not " + value);
        }

        private static Duration duration(String name, String value) {
            try {
                Duration duration = Duration.parse(value);
                if (!duration.isNegative() && !duration.isZero()) {
                    return duration;
                }
            } catch (DateTimeParseException malformed) {
                // reported below
            }
            throw new UsageException(name + " must be a positive ISO-8601 duration such as PT1S, not " + value);
        }

        /** {@code Name=Value} pairs separated by spaces or commas, as {@code sam local --parameter-overrides} takes them. */
        private static Map<String, String> overrides(String value) {
            Map<String, String> overrides = new java.util.LinkedHashMap<>();
            for (String pair : value.trim().split("[\\s,]+")) {
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    throw new UsageException("--parameter-overrides takes Name=Value pairs, such as FeedWorkerConcurrency=8, not " + pair);
                }
                overrides.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
            return overrides;
        }

        private static LocalDate date(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException malformed) {
                throw new UsageException("--published must be a date such as 2025-10-28, not " + value);
            }
        }

        private static String nonBlank(String name, String value) {
            if (value.isBlank()) {
                throw new UsageException(name + " must not be empty");
            }
            return value;
        }
    }
}
