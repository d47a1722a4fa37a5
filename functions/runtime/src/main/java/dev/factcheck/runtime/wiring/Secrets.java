package dev.factcheck.runtime.wiring;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Reads a secret from Secrets Manager with one GetSecretValue call, through a client built for that
 * call alone (the lean URL-connection HTTP client, the function's own credentials, the endpoint from
 * the SDK's standard settings, {@code AWS_ENDPOINT_URL_SECRETS_MANAGER} locally). Callers read a
 * secret once per container and only when they first need it, so functions that never need it
 * never pay for the client.
 * <p>
 * Why the SDK module and not the Lambda Parameters and Secrets extension: the extension is a layer
 * per region and architecture, starts a second process in every execution environment and answers on
 * a port only inside Lambda, so the local runner could not run the same code; one call at first use
 * costs a client and a round trip once per container, on the one route that needs it.
 */
final class Secrets {

    private Secrets() {
    }

    static String read(String secretArn) {
        try (SecretsManagerClient client = SecretsManagerClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(new SystemSettingsRegionProvider().getRegion())
                .credentialsProvider(DynamoDbClients.credentials())
                .overrideConfiguration(c -> c.retryStrategy(DynamoDbClients.retryStrategy()))
                .build()) {
            return client.getSecretValue(r -> r.secretId(secretArn)).secretString();
        }
    }
}
