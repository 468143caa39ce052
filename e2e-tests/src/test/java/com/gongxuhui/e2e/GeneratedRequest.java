package com.gongxuhui.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gongxuhui.common.test.HttpApi;
import com.gongxuhui.common.test.ServiceProcess;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call of a documented operation, made from its document: the path with the ids given for it, the query with
 * its required parameters and those naming a given object, and a plausible body (or a small PDF for an upload).
 */
record GeneratedRequest(String method, String path, String query, String contentType, String body) {

    static final String MULTIPART = "multipart/form-data";
    /** The smallest file that passes as a PDF: what an upload sends. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static GeneratedRequest of(OpenApiDocuments.Operation operation, Map<String, List<String>> ids,
            ExampleValues values) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> parameter : queryParameters(operation).entrySet()) {
            String name = parameter.getKey();
            JsonNode schema = parameter.getValue();
            if (values.knows(name) || schema.path("x-required").asBoolean()) {
                pairs.add(name + "=" + URLEncoder.encode(values.text(name, schema), StandardCharsets.UTF_8));
            }
        }
        String type = operation.bodyMediaType();
        String body = null;
        if ("application/json".equals(type)) {
            body = values.json("body", operation.bodySchema(), operation::resolve).toString();
        }
        return new GeneratedRequest(operation.method(), OpenApiDocuments.concrete(operation.path(), ids, "1"),
                pairs.isEmpty() ? "" : "?" + String.join("&", pairs), type, body);
    }

    /**
     * The query parameters by name, with their schemas (marked {@code x-required} when they must be given). A
     * parameter documented as an object (a query record Spring binds from its fields) stands for its fields.
     */
    static Map<String, JsonNode> queryParameters(OpenApiDocuments.Operation operation) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters("query")) {
            JsonNode schema = operation.resolve(parameter.path("schema"));
            if (schema.has("properties")) {
                schema.path("properties").properties().forEach(field ->
                        parameters.put(field.getKey(), operation.resolve(field.getValue())));
            } else {
                ObjectNode marked = schema.deepCopy();
                marked.put("x-required", parameter.path("required").asBoolean());
                parameters.put(parameter.path("name").asText(), marked);
            }
        }
        return parameters;
    }

    /** The same call with another path, query or body. */
    GeneratedRequest with(String newPath, String newQuery, String newContentType, String newBody) {
        return new GeneratedRequest(method, newPath, newQuery, newContentType, newBody);
    }

    /**
     * Sends the call as the bearer ("" for none). The gateway's route limits (a few calls a second on some routes in
     * the tests) are waited out: what is tested is the services' answer, not the limit.
     */
    HttpApi.Response send(HttpApi gateway, String bearer) {
        String[] headers = bearer.isEmpty() ? new String[0] : new String[] {"Authorization", bearer};
        HttpApi.Response response = sendOnce(gateway, headers);
        for (int retry = 0; retry < 10 && response.status() == 429 && "RATE_LIMITED".equals(response.code()); retry++) {
            ServiceProcess.sleep(1100);
            response = sendOnce(gateway, headers);
        }
        return response;
    }

    private HttpApi.Response sendOnce(HttpApi gateway, String[] headers) {
        if (contentType != null && contentType.startsWith(MULTIPART)) {
            return gateway.upload(path + query, "矩阵.pdf", PDF, headers);
        }
        return gateway.send(method, path + query, contentType, body, headers);
    }

    @Override
    public String toString() {
        return method + " " + path + query + (body == null ? "" : " " + abbreviated(body));
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…(" + text.length() + " chars)";
    }
}
