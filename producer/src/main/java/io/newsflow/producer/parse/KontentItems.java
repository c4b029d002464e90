package io.newsflow.producer.parse;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An item of a headless CMS that keeps each field as a typed element ({@code "elements": {"title": {"type": "text",
 * "name": "Title", "value": "..."}}}), as Kontent.ai's delivery API answers: read as a plain article, each element's
 * value under its key ({@code "title": "..."}), the first rich-text element's value as the body whatever its key
 * ({@code "body_copy"}), the item's {@code "system"} fields beside them. A field's display name ("Title") is no value.
 */
final class KontentItems {

    private KontentItems() {
    }

    /** The item as a plain article object when it is one such; any other node as it is. */
    static JsonNode flatten(JsonNode node) {
        JsonNode elements = node.path("elements");
        if (!node.isObject() || !elements.isObject() || elements.isEmpty() || !isElement(elements.elements().next())) {
            return node;
        }
        ObjectNode flat = ((ObjectNode) node).deepCopy();
        flat.remove("elements");
        for (Iterator<Map.Entry<String, JsonNode>> it = elements.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> element = it.next();
            if (!isElement(element.getValue())) {
                continue;
            }
            JsonNode value = element.getValue().get("value");
            boolean richText = element.getValue().path("type").asText("").equals("rich_text");
            flat.set(richText && !flat.has("body") ? "body" : element.getKey(), value);
        }
        return flat;
    }

    /** {@code {"type": "text", "name": "Title", "value": ...}}: a typed element. */
    private static boolean isElement(JsonNode value) {
        return value.isObject() && value.path("type").isTextual() && value.has("value");
    }
}
