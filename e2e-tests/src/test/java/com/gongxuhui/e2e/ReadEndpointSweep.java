package com.gongxuhui.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.test.HttpApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every read (GET) operation of every service's OpenAPI document, called through the gateway as each given role, with
 * the ids of real records: an operation's path parameters are filled from what the lists above it answered (the demand
 * of {@code /api/demands/{id}/trail} is one that {@code /api/demands} listed), shallow paths first; required query
 * parameters get a value of their documented type. What it records is each call's status, so that a test can refuse
 * any 5xx.
 */
final class ReadEndpointSweep {

    /** One call: the role, the documented operation (its path), the concrete URL and the status. */
    record Call(String role, String operation, String url, int status, String body) {
    }

    /** A documented GET operation: its path and the query its required parameters need. */
    record Operation(String path, String query) {
    }

    private static final ExampleValues EXAMPLES = new ExampleValues(Map.of());

    private final HttpApi gateway;
    /** Ids (or codes) that each concrete list URL answered, per role: "/api/demands" → [4, 3, 2, 1]. */
    private final Map<String, Map<String, List<String>>> seen = new LinkedHashMap<>();

    ReadEndpointSweep(HttpApi gateway) {
        this.gateway = gateway;
    }

    /** The GET operations of the services' documents, shallow paths first. */
    List<Operation> operations(String bearer) {
        return OpenApiDocuments.read(gateway, bearer).stream().filter(operation -> "GET".equals(operation.method()))
                .sorted(Comparator.comparingInt(OpenApiDocuments.Operation::depth)
                        .thenComparing(OpenApiDocuments.Operation::path))
                .map(operation -> new Operation(operation.path(), queryOf(operation.parameters("query"))))
                .toList();
    }

    /** Calls every operation as the role, shallow paths first, and returns what each answered. */
    List<Call> sweep(String role, String bearer, List<Operation> operations) {
        Map<String, List<String>> ids = seen.computeIfAbsent(role, r -> new LinkedHashMap<>());
        List<Call> calls = new ArrayList<>();
        for (Operation operation : operations) {
            String path = OpenApiDocuments.concrete(operation.path(), ids, "1");
            HttpApi.Response response = gateway.get(path + operation.query(), "Authorization", bearer);
            calls.add(new Call(role, operation.path(), path + operation.query(), response.status(),
                    response.body() == null ? "" : response.body().substring(0, Math.min(300, response.body().length()))));
            if (response.status() == 200) {
                remember(path, response, ids);
            }
        }
        return calls;
    }

    private static void remember(String url, HttpApi.Response response, Map<String, List<String>> ids) {
        String body = response.body() == null ? "" : response.body().stripLeading();
        if (!body.startsWith("{") && !body.startsWith("[")) {
            return; // a download (.xlsx), a template
        }
        JsonNode json = response.json();
        JsonNode items = json.isArray() ? json : json.path("items");
        List<String> found = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode key = item.has("id") ? item.get("id") : item.get("code");
            if (key != null && key.isValueNode()) {
                found.add(key.asText());
            }
        }
        if (!found.isEmpty()) {
            ids.put(url, found);
        }
    }

    /**
     * Values for the required query parameters, by their documented schema. A parameter documented as an object (a
     * query record Spring binds from its fields) needs none.
     */
    private static String queryOf(List<JsonNode> parameters) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : parameters) {
            JsonNode schema = parameter.path("schema");
            boolean object = schema.has("$ref") || "object".equals(schema.path("type").asText());
            if (parameter.path("required").asBoolean() && !object) {
                String name = parameter.path("name").asText();
                pairs.add(name + "=" + URLEncoder.encode(EXAMPLES.text(name, schema), StandardCharsets.UTF_8));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }
}
