package dev.factcheck.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.factcheck.sam.QueueProvisioner;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The whole ingestion path through {@code serve} on the project's template: the schedule fires the
 * dispatcher, which enqueues the due feeds on ElasticMQ; the runner delivers them to the worker as SQS
 * events; the worker ingests the good feed, and the feed that always fails comes back after the
 * visibility timeout until the queue's redrive policy moves it to the dead-letter queue.
 */
class QueueDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "<html><head><title>Jobs report</title></head><body><article><p>"
            + "Unemployment fell to 4.1% in October, the lowest level since 2019, the statistics office said. ".repeat(3)
            + "</p></article></body></html>";

    private HttpServer feeds;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private Serve serve;

    @BeforeEach
    void start() throws IOException {
        feeds = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feeds.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            String base = "http://127.0.0.1:" + feeds.getAddress().getPort();
            byte[] body;
            int status = 200;
            String type = "text/html; charset=utf-8";
            switch (path) {
                case "/good.xml" -> {
                    type = "application/rss+xml";
                    body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Good</title><link>" + base
                            + "/</link><description>d</description><item><title>Jobs report</title><link>" + base
                            + "/article/1</link><guid>g1</guid></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
                }
                case "/article/1" -> body = PAGE.getBytes(StandardCharsets.UTF_8);
                default -> {
                    status = 503;
                    body = "down".getBytes(StandardCharsets.UTF_8);
                }
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        feeds.start();
        serve = LocalRunner.serve("--in-memory", "--port", "0", "--no-seed", "--allow-loopback-fetch",
                "--schedule-interval-override", "PT1S", "--visibility-timeout-override", "PT1S");
    }

    @AfterEach
    void stop() {
        serve.close();
        feeds.stop(0);
    }

    private String register(String path) throws IOException {
        String url = "http://127.0.0.1:" + feeds.getAddress().getPort() + path;
        HttpResponse<String> response = LocalRunner.send(serve.port(), "POST", "/feeds", "{\"url\":\"" + url + "\"}",
                "content-type", "application/json");
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return JSON.readTree(response.body()).path("id").asText();
    }

    @Test
    void scheduleFires_workerIngests_andAFeedThatAlwaysFails_endsInTheDeadLetterQueueAfterMaxReceiveCount() throws Exception {
        String good = register("/good.xml");
        String failing = register("/down.xml");
        SqsClient sqs = serve.queues().client();
        QueueProvisioner.Queue queue = serve.queues().queue("FeedQueue");
        QueueProvisioner.Queue deadLetters = serve.queues().queue("FeedDeadLetterQueue");
        int maxReceiveCount = dev.factcheck.sam.SamTemplate.ofProject().queue("FeedQueue").maxReceiveCount();

        List<Message> dead = new ArrayList<>();
        // Generous: the loop ends at the first dead letter; under a loaded machine the redeliveries take longer.
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (dead.isEmpty() && System.nanoTime() < deadline) {
            dead.addAll(sqs.receiveMessage(r -> r.queueUrl(deadLetters.url()).maxNumberOfMessages(10).waitTimeSeconds(1)
                    .attributeNamesWithStrings("All")).messages());
        }

        assertThat(dead).as("the failing feed's messages in the dead-letter queue").isNotEmpty();
        assertThat(dead).extracting(m -> JSON.readTree(m.body()).path("feedId").asText()).containsOnly(failing);
        // Each message was delivered maxReceiveCount times, and the feed fetched once per delivery.
        assertThat(requests.get("/down.xml").get()).isEqualTo(maxReceiveCount * dead.size());
        JsonNode articles = JSON.readTree(LocalRunner.send(serve.port(), "GET", "/articles", null).body());
        assertThat(articles.path("articles")).singleElement()
                .satisfies(article -> assertThat(article.path("title").asText()).isEqualTo("Jobs report"));
        JsonNode goodFeed = JSON.readTree(LocalRunner.send(serve.port(), "GET", "/feeds", null).body());
        assertThat(goodFeed.toString()).contains(good);
        Map<QueueAttributeName, String> left = sqs.getQueueAttributes(r -> r.queueUrl(queue.url())
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        assertThat(left.values()).as("nothing left on the feed queue").containsOnly("0");
    }
}
