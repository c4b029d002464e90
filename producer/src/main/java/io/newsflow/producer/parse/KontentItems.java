package io.newsflow.producer.parse;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An item of a headless CMS that keeps each field as an element holding its value: Kontent.ai's typed elements
 * ({@code "elements": {"title": {"type": "text", "name": "Title", "value": "..."}}}) and Sitecore's layout service's fields
 * ({@code "fields": {"Title": {"value": "..."}}}), and AEM's content fragments ({@code "elements": {"main": {":type":
 * "text/html", "value": "..."}}}, under the Assets API's {@code "properties"}). Read as a plain article: each element's value under its key, the first
 * letter in lower case ({@code "publishDate"}), the first rich-text element's value as the body whatever its key
 * ({@code "body_copy"}), the item's other fields beside them. A field's display name ("Title") is no value. Optimizely's
 * properties, each a value and its type in place, are read as their values.
 */
final class KontentItems {

    private KontentItems() {
    }

    /** The item as a plain article object when it is one such; any other node as it is. */
    static JsonNode flatten(JsonNode input) {
        // AEM's content fragment from its Assets API: {"class": ["content/fragment"], "properties": {"title": ..., "elements": {...}}}
        JsonNode node = input.path("properties").path("elements").isObject() && input.path("class").toString().contains("content/fragment")
                ? input.get("properties") : input;
        if (node.isObject() && node.path("propertyDataType").isMissingNode()) {
            JsonNode properties = properties(node);
            if (properties != node) {
                return properties;
            }
        }
        String key = node.path("elements").isObject() ? "elements" : "fields";
        JsonNode elements = node.path(key);
        if (!node.isObject() || !elements.isObject() || elements.isEmpty() || !isElement(elements.elements().next())) {
            return node;
        }
        ObjectNode flat = ((ObjectNode) node).deepCopy();
        flat.remove(key);
        for (Iterator<Map.Entry<String, JsonNode>> it = elements.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> element = it.next();
            if (!isElement(element.getValue())) {
                continue;
            }
            JsonNode value = element.getValue().get("value");
            boolean richText = element.getValue().path("type").asText("").equals("rich_text")
                    || element.getValue().path(":type").asText("").equals("text/html"); // (AEM's fragment's HTML element)
            flat.set(richText && !flat.has("body") ? "body" : decapitalised(element.getKey()), value);
        }
        return flat;
    }

    /**
     * Optimizely's (Episerver's) content, each property in place as its value and its type
     * ({@code "mainBody": {"value": "<p>...", "propertyDataType": "PropertyXhtmlString"}}): each read as its value, the first
     * XHTML one as the body too; the node itself when it has no such property.
     */
    private static JsonNode properties(JsonNode node) {
        ObjectNode flat = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode property = field.getValue();
            if (property.isObject() && property.path("propertyDataType").isTextual() && property.has("value")) {
                flat = flat == null ? ((ObjectNode) node).deepCopy() : flat;
                flat.set(field.getKey(), property.get("value"));
                if (property.path("propertyDataType").asText().equals("PropertyXhtmlString") && !flat.has("body")) {
                    flat.set("body", property.get("value"));
                }
            }
        }
        return flat == null ? node : flat;
    }

    /** {@code {"type": "text", "name": "Title", "value": ...}}, Sitecore's {@code {"value": ...}}: an element. */
    private static boolean isElement(JsonNode value) {
        return value.isObject() && value.has("value") && (value.path("type").isTextual() || value.path(":type").isTextual() || value.size() <= 2);
    }

    /** "PublishDate" as the other readers name it, "publishDate" (Sitecore's fields are capitalised). */
    static String decapitalised(String key) {
        return key.isEmpty() ? key : Character.toLowerCase(key.charAt(0)) + key.substring(1);
    }
}
