package com.gongxuhui.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.gongxuhui.common.test.HttpApi;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations the six services document, read from their OpenAPI documents through the gateway (those the
 * gateway routes: no {@code /internal/**}). The tests that sweep the platform generate their calls from these, so
 * that an operation added later is swept by construction.
 */
final class OpenApiDocuments {

    static final List<String> SERVICES = List.of("org-service", "demand-service", "expert-service",
            "enterprise-service", "score-service", "notify-service");

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** One documented operation, with the document it comes from (for its schemas). */
    record Operation(String service, String method, String path, JsonNode spec, JsonNode document) {

        /** "GET /api/demands/{id}": how the authorization matrix names it. */
        String key() {
            return method + " " + path;
        }

        /** Its parameters in the path, the query, ... ({@code in}). */
        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            spec.path("parameters").forEach(parameter -> {
                if (in.equals(parameter.path("in").asText())) {
                    found.add(parameter);
                }
            });
            return found;
        }

        /** The media type of its request body, or null when it takes none. */
        String bodyMediaType() {
            Iterator<String> types = spec.path("requestBody").path("content").fieldNames();
            return types.hasNext() ? types.next() : null;
        }

        /** The schema of its JSON request body, resolved; missing when it takes none. */
        JsonNode bodySchema() {
            JsonNode schema = spec.path("requestBody").path("content").path("application/json").path("schema");
            return schema.isMissingNode() ? schema : resolve(schema);
        }

        /** A schema with its {@code $ref} followed into the document's components. */
        JsonNode resolve(JsonNode schema) {
            String ref = schema.path("$ref").asText("");
            if (ref.isEmpty()) {
                return schema;
            }
            JsonNode target = document.at(ref.substring(1));
            return target.isMissingNode() ? MissingNode.getInstance() : resolve(target);
        }

        /** How many path parameters it has: shallow operations first when ids are learned from lists. */
        int depth() {
            Matcher matcher = PARAMETER.matcher(path);
            int n = 0;
            while (matcher.find()) {
                n++;
            }
            return n;
        }
    }

    private OpenApiDocuments() {
    }

    /** Every operation of every service's document, in the documents' order. */
    static List<Operation> read(HttpApi gateway, String bearer) {
        List<Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            HttpApi.Response document = gateway.get("/v3/api-docs/" + service, "Authorization", bearer);
            if (document.status() != 200) {
                throw new AssertionError("no OpenAPI document of " + service + ": " + document.status());
            }
            JsonNode json = document.json();
            for (Map.Entry<String, JsonNode> path : json.path("paths").properties()) {
                if (path.getKey().startsWith("/internal/")) {
                    continue;
                }
                for (String method : METHODS) {
                    if (path.getValue().has(method)) {
                        operations.add(new Operation(service, method.toUpperCase(Locale.ROOT), path.getKey(),
                                path.getValue().get(method), json));
                    }
                }
            }
        }
        return operations;
    }

    /**
     * The operation's path with each parameter replaced by the id known for the list above it ("/api/demands" for
     * the {@code {id}} of "/api/demands/{id}"), or by {@code fallback} when none is known.
     */
    static String concrete(String path, Map<String, List<String>> ids, String fallback) {
        Matcher parameter = PARAMETER.matcher(path);
        StringBuilder url = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(url, "");
            String list = url.toString().replaceAll("/$", "");
            List<String> known = ids.get(list);
            url.append(known == null || known.isEmpty() ? fallback : known.get(0));
        }
        parameter.appendTail(url);
        return url.toString();
    }
}
