package dev.factcheck.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.json.Json;
import java.io.PrintStream;
import java.time.Clock;

/**
 * Writes a run's figures as one CloudWatch Embedded Metric Format document on standard output,
 * which CloudWatch Logs turns into metrics in namespace {@code factcheck} with dimension
 * {@code function}. Standard output, not {@code LambdaLogger}: with {@code LogFormat: JSON} the logger
 * wraps each message in its own JSON envelope, and CloudWatch only extracts top-level EMF documents.
 * A dozen lines instead of {@code aws-embedded-metrics}, which would bring its
 * own JSON stack and a background flushing thread into a cold start for five numbers.
 */
public final class Metrics {

    public static final String NAMESPACE = "factcheck";

    private final PrintStream out;
    private final Clock clock;
    private final String function;

    public Metrics(PrintStream out, Clock clock, String function) {
        this.out = out;
        this.clock = clock;
        this.function = function;
    }

    public void emit(RunReport report) {
        out.println(Json.write(document(report)));
        out.flush();
    }

    ObjectNode document(RunReport report) {
        ObjectNode root = Json.object();
        ObjectNode aws = root.putObject("_aws");
        aws.put("Timestamp", clock.millis());
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", NAMESPACE);
        directive.putArray("Dimensions").addArray().add("function");
        ArrayNode metrics = directive.putArray("Metrics");
        for (String name : new String[] {"FeedsPulled", "EntriesFetched", "ArticlesIngested", "Duplicates",
                "FeedsNotModified", "Deferred", "Failures"}) {
            metrics.addObject().put("Name", name).put("Unit", "Count");
        }
        root.put("function", function);
        root.put("FeedsPulled", report.feeds());
        root.put("EntriesFetched", report.fetched());
        root.put("ArticlesIngested", report.created());
        root.put("Duplicates", report.duplicates());
        root.put("FeedsNotModified", report.notModified());
        root.put("Deferred", report.deferred());
        root.put("Failures", report.failed().size());
        return root;
    }
}
