package dev.factcheck.sam;

import java.util.List;
import java.util.Map;

/**
 * A function of the template.
 *
 * @param handler  {@code package.Class::method}
 * @param codeUri  the deployment artifact, relative to the project root
 */
public record FunctionSpec(String logicalId, String handler, String codeUri,
                           Map<String, EnvironmentValue> environment, List<HttpRoute> routes,
                           List<Schedule> schedules, List<SqsEventSource> queueEvents, int timeoutSeconds,
                           int memoryMb) {

    public FunctionSpec {
        environment = Map.copyOf(environment);
        routes = List.copyOf(routes);
        schedules = List.copyOf(schedules);
        queueEvents = List.copyOf(queueEvents);
    }

    /** The class part of {@link #handler()}. */
    public String handlerClass() {
        int separator = handler.indexOf("::");
        return separator < 0 ? handler : handler.substring(0, separator);
    }
}
