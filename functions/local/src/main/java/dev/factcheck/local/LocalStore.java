package dev.factcheck.local;

import dev.factcheck.devkit.DevkitException;
import dev.factcheck.devkit.Dynalite;
import dev.factcheck.sam.SamTemplate;
import dev.factcheck.sam.TableProvisioner;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Where the tables live: a dynalite child process (persistent under a data folder, or in memory), or
 * a DynamoDB-compatible server the user runs. While {@code serve} keeps a persistent dynalite, its
 * address is written next to the data folder ({@code <data-dir>.endpoint}), so {@code invoke} and
 * {@code check} on the same folder use the running server instead of fighting over its files.
 */
final class LocalStore implements AutoCloseable {

    private final URI endpoint;
    private final Dynalite dynalite;
    private final Path endpointFile;
    private final String description;

    private LocalStore(URI endpoint, Dynalite dynalite, Path endpointFile, String description) {
        this.endpoint = endpoint;
        this.dynalite = dynalite;
        this.endpointFile = endpointFile;
        this.description = description;
    }

    /**
     * Opens the store the options choose. {@code owner} is true for {@code serve}: it refuses a data
     * folder another runner serves, and publishes its own endpoint.
     */
    static LocalStore open(Options options, Path projectRoot, boolean owner, java.io.PrintStream log) {
        if (options.dynamoDbEndpoint() != null) {
            return new LocalStore(options.dynamoDbEndpoint(), null, null,
                    "DynamoDB endpoint " + options.dynamoDbEndpoint() + " (not started by the runner)");
        }
        Path infraLocal = projectRoot.resolve("infra/local");
        if (!Files.isRegularFile(infraLocal.resolve("node_modules/dynalite/cli.js"))) {
            log.println("installing dynalite: npm ci in " + infraLocal + " (first run only)");
        }
        if (options.inMemory()) {
            Dynalite dynalite = startDynalite(infraLocal, null);
            return new LocalStore(dynalite.endpoint(), dynalite, null,
                    "dynalite in memory at " + dynalite.endpoint() + " (gone when the runner stops)");
        }
        Path dataDir = options.dataDir() == null ? projectRoot.resolve(Options.DEFAULT_DATA_DIR)
                : options.dataDir().toAbsolutePath().normalize();
        Path endpointFile = dataDir.resolveSibling(dataDir.getFileName() + ".endpoint");
        URI running = runningEndpoint(endpointFile);
        if (running != null) {
            if (owner) {
                throw new SetupException("another local runner serves " + dataDir + " (dynalite at " + running
                        + "); stop it, or pass --in-memory or another --data-dir");
            }
            return new LocalStore(running, null, null, "the running serve's dynalite at " + running + " (data in " + dataDir + ")");
        }
        Dynalite dynalite = startDynalite(infraLocal, dataDir);
        if (owner) {
            try {
                Files.writeString(endpointFile, dynalite.endpoint().toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                endpointFile = null;
            }
        } else {
            endpointFile = null;
        }
        return new LocalStore(dynalite.endpoint(), dynalite, endpointFile,
                "dynalite at " + dynalite.endpoint() + ", data in " + dataDir);
    }

    URI endpoint() {
        return endpoint;
    }

    String description() {
        return description;
    }

    /** The dynalite process the runner started, if it started one. */
    OptionalLong dynalitePid() {
        return dynalite == null ? OptionalLong.empty() : OptionalLong.of(dynalite.pid());
    }

    /** Creates the template's tables (existing ones are kept) and returns their names by logical id. */
    Map<String, String> createTables(SamTemplate template) {
        try (DynamoDbClient client = client()) {
            // Locally a table is named by its logical id: FactsTable.
            return new TableProvisioner(client).createAll(template, Function.identity());
        } catch (SdkClientException unreachable) {
            throw new SetupException("cannot reach DynamoDB at " + endpoint + ": " + unreachable.getMessage());
        }
    }

    DynamoDbClient client() {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint)
                .region(Region.of(FunctionSettings.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    @Override
    public void close() {
        if (endpointFile != null) {
            try {
                Files.deleteIfExists(endpointFile);
            } catch (IOException ignored) {
                // A stale file is harmless: the next runner finds nothing answering there.
            }
        }
        if (dynalite != null) {
            dynalite.close();
        }
    }

    private static Dynalite startDynalite(Path infraLocal, Path dataDir) {
        try {
            return Dynalite.start(infraLocal, dataDir, 0);
        } catch (DevkitException e) {
            throw new SetupException(e.getMessage());
        }
    }

    private static URI runningEndpoint(Path endpointFile) {
        if (!Files.isRegularFile(endpointFile)) {
            return null;
        }
        try {
            URI uri = URI.create(Files.readString(endpointFile, StandardCharsets.UTF_8).trim());
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(300);
            connection.setReadTimeout(1000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status > 0 ? uri : null;
        } catch (IOException | IllegalArgumentException notRunning) {
            return null;
        }
    }
}
