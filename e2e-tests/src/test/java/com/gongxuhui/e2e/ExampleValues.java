package com.gongxuhui.e2e;

import static com.gongxuhui.common.test.TestPhones.phone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gongxuhui.common.validation.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Plausible values for documented parameters and request bodies, by their schema and name: what a form would send,
 * so that a generated call passes the services' validation and meets the checks behind it (who may, whose object).
 * Names that refer to objects ({@code centreId}, {@code expertIds}, {@code regionCode}) take the values a test gives.
 */
final class ExampleValues {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Values by property or parameter name (an id of a given object, a region): they win over the schema. */
    private final Map<String, String> byName;

    ExampleValues(Map<String, String> byName) {
        this.byName = byName;
    }

    /** The text of a query or path value. */
    String text(String name, JsonNode schema) {
        if (byName.containsKey(name)) {
            return byName.get(name);
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> number(name, schema);
            case "boolean" -> "true";
            case "array" -> text(singular(name), schema.path("items"));
            default -> string(name, schema);
        };
    }

    /** Whether a value is given for the name (an object's id, a region). */
    boolean knows(String name) {
        return byName.containsKey(name);
    }

    /**
     * A JSON value of the schema: objects with their required properties and those naming a given object;
     * {@code resolve} follows {@code $ref}s.
     */
    JsonNode json(String name, JsonNode schema, UnaryOperator<JsonNode> resolve) {
        JsonNode resolved = resolve.apply(schema);
        String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "");
        if (byName.containsKey(name) && !"array".equals(type)) {
            return scalar(byName.get(name), resolved);
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Set<String> wanted = new LinkedHashSet<>();
                resolved.path("required").forEach(required -> wanted.add(required.asText()));
                resolved.path("properties").fieldNames().forEachRemaining(property -> {
                    if (knows(property)) {
                        wanted.add(property);
                    }
                });
                for (String property : wanted) {
                    object.set(property, json(property, resolved.path("properties").path(property), resolve));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(json(singular(name), resolved.path("items"), resolve));
                return array;
            }
            default -> {
                return scalar(text(name, resolved), resolved);
            }
        }
    }

    private static JsonNode scalar(String value, JsonNode schema) {
        return switch (schema.path("type").asText()) {
            case "integer" -> NODES.numberNode(Long.parseLong(value));
            case "number" -> NODES.numberNode(new BigDecimal(value));
            case "boolean" -> NODES.booleanNode(Boolean.parseBoolean(value));
            default -> NODES.textNode(value);
        };
    }

    private static String number(String name, JsonNode schema) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("fee") || lower.contains("ratio") || lower.contains("percent")) {
            return "6.00"; // above any institution's minimum fee ratio
        }
        long value = Math.max(1, schema.path("minimum").asLong(1));
        if (schema.has("maximum")) {
            value = Math.min(value, schema.path("maximum").asLong());
        }
        return Long.toString(value);
    }

    private static String string(String name, JsonNode schema) {
        String lower = name.toLowerCase(Locale.ROOT);
        String format = schema.path("format").asText();
        if ("date".equals(format)) {
            return LocalDate.now().minusDays(1).toString();
        }
        if ("date-time".equals(format)) {
            return LocalDate.now().minusDays(1) + "T10:00:00+08:00";
        }
        if (lower.contains("phone")) {
            return phone();
        }
        if (lower.contains("password")) {
            return GatewayCalls.PASSWORD;
        }
        if (lower.equals("uscc")) {
            return UnifiedSocialCreditCode.random("91330100");
        }
        if (lower.contains("regioncode") || lower.equals("region") || lower.equals("parent")) {
            return "330106";
        }
        if (lower.contains("fieldcode")) {
            return "ADVANCED_MANUFACTURING";
        }
        // the registry lookup's demo record (the provider sandbox); other text is free
        String text = "杭州云栖智能装备有限公司";
        int max = schema.path("maxLength").asInt(text.length());
        return text.substring(0, Math.max(1, Math.min(max, text.length())));
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
