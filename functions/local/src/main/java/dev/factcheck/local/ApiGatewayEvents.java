package dev.factcheck.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.runtime.http.ApiException;
import dev.factcheck.runtime.http.ErrorBody;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Translates between HTTP and the API Gateway HTTP API payload format 2.0, both ways, as API Gateway
 * does it: lower-cased headers with repeated values joined by commas, cookies in their own array,
 * repeated query parameters joined by commas, path parameters decoded, and a body that is base64
 * whenever it is not UTF-8 text.
 */
final class ApiGatewayEvents {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String ACCOUNT_ID = "000000000000";
    static final String API_ID = "local";

    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ApiGatewayEvents() {
    }

    /** An HTTP request as the runner received it. Header names in any case; a name may repeat. */
    record Request(String method, String rawPath, String rawQuery, List<Map.Entry<String, String>> headers,
                   byte[] body, String protocol, String sourceIp) {
    }

    /** An HTTP answer: status, headers (a name may repeat, e.g. Set-Cookie) and body bytes. */
    record Response(int status, List<Map.Entry<String, String>> headers, byte[] body) {
    }

    /**
     * The payload 2.0 event for {@code request} on {@code match}. {@code iamCaller} adds the
     * {@code authorizer.iam} block API Gateway adds after an AWS_IAM authorisation.
     */
    static ObjectNode event(Request request, RouteTable.Match match, boolean iamCaller) {
        Instant now = Instant.now();
        ObjectNode event = MAPPER.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", match.route().routeKey());
        event.put("rawPath", request.rawPath());
        event.put("rawQueryString", request.rawQuery() == null ? "" : request.rawQuery());

        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        for (Map.Entry<String, String> header : request.headers()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("cookie")) {
                for (String cookie : header.getValue().split(";")) {
                    if (!cookie.isBlank()) {
                        cookies.add(cookie.trim());
                    }
                }
            } else {
                headers.merge(name, header.getValue(), (a, b) -> a + "," + b);
            }
        }
        // Headers API Gateway adds in front of every integration.
        headers.merge("x-forwarded-for", request.sourceIp(), (client, proxy) -> client + ", " + proxy);
        headers.putIfAbsent("x-forwarded-proto", "http");
        if (!cookies.isEmpty()) {
            event.set("cookies", MAPPER.valueToTree(cookies));
        }
        event.set("headers", MAPPER.valueToTree(headers));
        Map<String, String> query = queryParameters(request.rawQuery());
        if (!query.isEmpty()) {
            event.set("queryStringParameters", MAPPER.valueToTree(query));
        }
        if (!match.pathParameters().isEmpty()) {
            event.set("pathParameters", MAPPER.valueToTree(match.pathParameters()));
        }

        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", ACCOUNT_ID);
        context.put("apiId", API_ID);
        if (iamCaller) {
            context.putObject("authorizer").set("iam", localCaller());
        }
        String host = headers.getOrDefault("host", "127.0.0.1");
        context.put("domainName", host);
        context.put("domainPrefix", host.contains(".") ? host.substring(0, host.indexOf('.')) : host);
        ObjectNode http = context.putObject("http");
        http.put("method", request.method());
        http.put("path", request.rawPath());
        http.put("protocol", request.protocol());
        http.put("sourceIp", request.sourceIp());
        http.put("userAgent", headers.getOrDefault("user-agent", ""));
        context.put("requestId", UUID.randomUUID().toString());
        context.put("routeKey", match.route().routeKey());
        context.put("stage", "$default");
        context.put("time", REQUEST_TIME.format(now));
        context.put("timeEpoch", now.toEpochMilli());

        byte[] body = request.body();
        if (body != null && body.length > 0) {
            String text = isText(headers.get("content-type")) ? utf8(body) : null;
            event.put("body", text != null ? text : Base64.getEncoder().encodeToString(body));
            event.put("isBase64Encoded", text == null);
        } else {
            event.put("isBase64Encoded", false);
        }
        return event;
    }

    /** The identity API Gateway reports for an IAM-signed request; locally, the admin token's holder. */
    static ObjectNode localCaller() {
        ObjectNode iam = MAPPER.createObjectNode();
        iam.put("accessKey", "LOCALADMINACCESSKEY");
        iam.put("accountId", ACCOUNT_ID);
        iam.put("callerId", "LOCALADMIN");
        iam.putNull("cognitoIdentity");
        iam.putNull("principalOrgId");
        iam.put("userArn", "arn:aws:iam::" + ACCOUNT_ID + ":user/factcheck-local-admin");
        iam.put("userId", "LOCALADMIN");
        return iam;
    }

    /**
     * The HTTP answer for a function's result. A result with {@code statusCode} is a full answer; any
     * other JSON is, as API Gateway treats it, a 200 with that JSON as the body.
     */
    static Response response(byte[] result) {
        JsonNode node;
        try {
            node = result == null || result.length == 0 ? null : MAPPER.readTree(result);
        } catch (java.io.IOException notJson) {
            return errorResponse(502, "bad_gateway", "The function returned something that is not JSON.");
        }
        if (node == null || !node.isObject() || !node.has("statusCode")) {
            byte[] body = node == null ? new byte[0] : node.toString().getBytes(StandardCharsets.UTF_8);
            return new Response(200, List.of(Map.entry("content-type", "application/json")), body);
        }
        int status = node.path("statusCode").asInt(500);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Map.Entry<String, JsonNode> header : node.path("headers").properties()) {
            headers.add(Map.entry(header.getKey(), header.getValue().asText()));
        }
        for (Map.Entry<String, JsonNode> header : node.path("multiValueHeaders").properties()) {
            header.getValue().forEach(value -> headers.add(Map.entry(header.getKey(), value.asText())));
        }
        node.path("cookies").forEach(cookie -> headers.add(Map.entry("set-cookie", cookie.asText())));
        byte[] body = new byte[0];
        JsonNode bodyNode = node.path("body");
        if (bodyNode.isTextual()) {
            if (node.path("isBase64Encoded").asBoolean(false)) {
                try {
                    body = Base64.getDecoder().decode(bodyNode.asText());
                } catch (IllegalArgumentException malformed) {
                    return errorResponse(502, "bad_gateway", "The function's base64 body is not valid base64.");
                }
            } else {
                body = bodyNode.asText().getBytes(StandardCharsets.UTF_8);
            }
        } else if (!bodyNode.isMissingNode() && !bodyNode.isNull()) {
            body = bodyNode.toString().getBytes(StandardCharsets.UTF_8);
        }
        return new Response(status, headers, body);
    }

    /** An answer in the project's one error shape ({@link ErrorBody}), as the functions write it. */
    static Response errorResponse(int status, String code, String message) {
        return errorResponse(status, code, message, List.of(), List.of());
    }

    static Response errorResponse(int status, String code, String message, List<Map<String, String>> details,
                                  List<Map.Entry<String, String>> extraHeaders) {
        ObjectNode body = ErrorBody.of(code, message, details.stream()
                .map(detail -> new ApiException.Problem(detail.get("path"), detail.get("problem"))).toList());
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("content-type", "application/json"));
        headers.addAll(extraHeaders);
        return new Response(status, headers, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    static byte[] json(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Query parameters as API Gateway passes them: decoded, a repeated name's values joined by commas. */
    static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return part;
        }
    }

    /** Content types whose bodies arrive as text; everything else (images, octet-stream) as base64. */
    private static boolean isText(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("javascript") || type.contains("x-www-form-urlencoded") || type.contains("yaml");
    }

    /** The body as text when it is valid UTF-8, else null. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
