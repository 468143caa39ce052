package com.gongxuhui.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bad variants of one generated call, each wrong in one place only: a path id that is negative, too large for a
 * long, not a number or a NUL; a query value of the wrong type, 10 000 characters long or not of its enum; a body
 * that is not JSON, JSON of the wrong shape, or one property null (when required), of the wrong type, 10 000
 * characters long or not of its enum.
 */
final class BadInputs {

    private static final List<String> BAD_IDS = List.of("-1", "99999999999999999999", "abc", "%00");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BadInputs() {
    }

    /** "what is bad" → the call with it. */
    static Map<String, GeneratedRequest> of(OpenApiDocuments.Operation operation, GeneratedRequest good) {
        Map<String, GeneratedRequest> bad = new LinkedHashMap<>();
        String[] segments = good.path().split("/", -1);
        String[] template = operation.path().split("/", -1);
        for (int i = 0; i < template.length; i++) {
            if (template[i].startsWith("{")) {
                for (String id : BAD_IDS) {
                    String[] changed = segments.clone();
                    changed[i] = id;
                    bad.put("path " + template[i] + "=" + id, good.with(String.join("/", changed), good.query(),
                            good.contentType(), good.body()));
                }
            }
        }
        for (Map.Entry<String, JsonNode> parameter : GeneratedRequest.queryParameters(operation).entrySet()) {
            String name = parameter.getKey();
            for (Map.Entry<String, String> value : badTexts(parameter.getValue()).entrySet()) {
                bad.put("query " + name + " " + value.getKey(), good.with(good.path(),
                        withQuery(good.query(), name, value.getValue()), good.contentType(), good.body()));
            }
        }
        if ("application/json".equals(good.contentType())) {
            bad.put("body malformed JSON", good.with(good.path(), good.query(), good.contentType(), "{\"name\": "));
            bad.put("body null", good.with(good.path(), good.query(), good.contentType(), "null"));
            bad.put("body empty", good.with(good.path(), good.query(), good.contentType(), ""));
            bad.put("body an array", good.with(good.path(), good.query(), good.contentType(), "[1]"));
            bad.put("body text", good.with(good.path(), good.query(), "text/plain", "text"));
            JsonNode schema = operation.bodySchema();
            JsonNode properties = schema.path("properties");
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            boolean object = parse(good.body()).isObject();
            properties.fieldNames().forEachRemaining(property -> {
                JsonNode propertySchema = operation.resolve(properties.path(property));
                Map<String, JsonNode> values = object ? badValues(propertySchema, required.contains(property)) : Map.of();
                for (Map.Entry<String, JsonNode> value : values.entrySet()) {
                    ObjectNode body = (ObjectNode) parse(good.body());
                    body.set(property, value.getValue());
                    bad.put("body " + property + " " + value.getKey(),
                            good.with(good.path(), good.query(), good.contentType(), body.toString()));
                }
            });
        }
        if (good.contentType() != null && good.contentType().startsWith(GeneratedRequest.MULTIPART)) {
            bad.put("upload as JSON", good.with(good.path(), good.query(), "application/json", "{}"));
            bad.put("upload without a body", good.with(good.path(), good.query(), null, null));
        }
        return bad;
    }

    private static Map<String, String> badTexts(JsonNode schema) {
        Map<String, String> texts = new LinkedHashMap<>();
        String type = schema.path("type").asText();
        if (schema.has("enum") || schema.path("items").has("enum")) {
            texts.put("not of its enum", "NO_SUCH_VALUE");
        }
        switch (type) {
            case "integer", "number" -> {
                texts.put("not a number", "abc");
                texts.put("too large", "99999999999999999999");
            }
            case "boolean" -> texts.put("not a boolean", "abc");
            default -> {
                if (schema.has("format")) {
                    texts.put("not a " + schema.path("format").asText(), "abc");
                }
                texts.put("10 000 characters", tooLong(schema));
            }
        }
        return texts;
    }

    private static Map<String, JsonNode> badValues(JsonNode schema, boolean required) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (required) {
            values.put("null", NODES.nullNode());
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        if (schema.has("enum")) {
            values.put("not of its enum", NODES.textNode("NO_SUCH_VALUE"));
        }
        switch (type) {
            case "integer", "number" -> {
                values.put("a word", NODES.textNode("abc"));
                values.put("too large", NODES.numberNode(new BigInteger("99999999999999999999999")));
            }
            case "boolean" -> values.put("an object", NODES.objectNode().put("x", 1));
            case "array" -> {
                values.put("a word", NODES.textNode("abc"));
                values.put("[null]", NODES.arrayNode().addNull());
                values.put("[10 000 characters]", NODES.arrayNode().add(tooLong(schema.path("items"))));
            }
            case "object" -> values.put("a number", NODES.numberNode(42));
            default -> {
                values.put("an object", NODES.objectNode().put("x", 1));
                values.put("10 000 characters", NODES.textNode(tooLong(schema)));
                if (schema.has("format")) {
                    values.put("not a " + schema.path("format").asText(), NODES.textNode("abc"));
                }
            }
        }
        return values;
    }

    /** 10 000 characters, or one more than the schema allows if it allows that many (a business scope). */
    private static String tooLong(JsonNode schema) {
        return "长".repeat(Math.max(10_000, schema.path("maxLength").asInt(0) + 1));
    }

    private static String withQuery(String query, String name, String value) {
        List<String> pairs = new ArrayList<>();
        if (!query.isEmpty()) {
            for (String pair : query.substring(1).split("&")) {
                if (!pair.startsWith(name + "=")) {
                    pairs.add(pair);
                }
            }
        }
        pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        return "?" + String.join("&", pairs);
    }

    private static JsonNode parse(String json) {
        try {
            return ExampleValues.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
