package dev.factcheck.runtime.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.json.Json;
import java.util.Map;

/**
 * A payload 2.0 event built in code, for priming: the shape API Gateway sends, with a fixed request
 * id so nothing unique is made before a snapshot.
 */
public record HttpEvent(String routeKey, String path, Map<String, String> pathParameters,
                        Map<String, String> query, String body, boolean iamCaller) {

    public static HttpEvent get(String routeKey, String path, Map<String, String> pathParameters, Map<String, String> query) {
        return new HttpEvent(routeKey, path, pathParameters, query, null, false);
    }

    public static HttpEvent send(String routeKey, String path, String body) {
        return new HttpEvent(routeKey, path, Map.of(), Map.of(), body, true);
    }

    public byte[] toBytes() {
        ObjectNode event = Json.object();
        event.put("version", "2.0").put("routeKey", routeKey).put("rawPath", path);
        ObjectNode headers = event.putObject("headers");
        headers.put("content-type", "application/json");
        if (!pathParameters.isEmpty()) {
            pathParameters.forEach(event.putObject("pathParameters")::put);
        }
        if (!query.isEmpty()) {
            query.forEach(event.putObject("queryStringParameters")::put);
        }
        ObjectNode context = event.putObject("requestContext");
        context.put("requestId", "priming").put("routeKey", routeKey);
        context.putObject("http").put("method", routeKey.substring(0, routeKey.indexOf(' '))).put("path", path);
        if (iamCaller) {
            context.putObject("authorizer").putObject("iam").put("userArn", "arn:aws:iam::000000000000:user/priming");
        }
        if (body != null) {
            event.put("body", body);
        }
        event.put("isBase64Encoded", false);
        return Json.writeBytes(event);
    }
}
