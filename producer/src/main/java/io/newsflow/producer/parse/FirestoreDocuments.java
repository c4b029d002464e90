package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A Firestore document as its REST API gives it: each field a typed value ({@code "title": {"stringValue": ...}},
 * {@code "publishedAt": {"timestampValue": ...}}, {@code "author": {"mapValue": {"fields": {...}}}}, {@code "tags":
 * {"arrayValue": {"values": [...]}}}), read as plain JSON ({@code "title": "..."}), beside the document's own {@code
 * createTime} and {@code updateTime}, so the readers find its fields where they look.
 */
final class FirestoreDocuments {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FirestoreDocuments() {
    }

    /** The document's fields as plain values, when every one is typed; else the node itself. */
    static JsonNode plain(JsonNode node) {
        JsonNode fields = node.path("fields");
        if (!fields.isObject() || fields.isEmpty() || !allTyped(fields)) {
            return node;
        }
        ObjectNode plain = (ObjectNode) untyped(fields);
        for (String name : new String[] {"createTime", "updateTime"}) { // (not its "name", a path: no title)
            if (node.path(name).isTextual() && !plain.has(name)) {
                plain.set(name, node.get(name));
            }
        }
        return plain;
    }

    private static boolean allTyped(JsonNode fields) {
        for (JsonNode value : fields) {
            if (!value.isObject() || value.size() != 1 || !value.fieldNames().next().endsWith("Value")) {
                return false;
            }
        }
        return true;
    }

    /** A map's fields with each typed value in its plain form. */
    private static JsonNode untyped(JsonNode fields) {
        ObjectNode object = JSON.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            object.set(field.getKey(), value(field.getValue()));
        }
        return object;
    }

    private static JsonNode value(JsonNode typed) {
        if (!typed.isObject() || typed.size() != 1) {
            return typed;
        }
        Map.Entry<String, JsonNode> only = typed.fields().next();
        JsonNode inner = only.getValue();
        return switch (only.getKey()) {
            case "mapValue" -> untyped(inner.path("fields"));
            case "arrayValue" -> {
                ArrayNode array = JSON.arrayNode();
                inner.path("values").forEach(v -> array.add(value(v)));
                yield array;
            }
            case "integerValue" -> inner.isTextual() && inner.asText().matches("-?\\d{1,18}")
                    ? JSON.numberNode(Long.parseLong(inner.asText())) : inner; // (a 64-bit integer, as a string)
            case "nullValue" -> JSON.nullNode();
            default -> inner; // stringValue, timestampValue, booleanValue, doubleValue, referenceValue: the value itself
        };
    }
}
