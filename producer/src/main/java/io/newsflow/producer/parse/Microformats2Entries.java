package io.newsflow.producer.parse;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A page's microformats as a microformats2 parser gives them ({@code {"items": [{"type": ["h-entry"], "properties":
 * {"name": [...], "published": [...], "author": [{"type": ["h-card"], "properties": {"name": [...]}}], "content":
 * [{"html": ..., "value": ...}]}}], "rels": {...}}}): every property a list, a person an embedded card, the text both
 * as markup and plain. An entry is read as one record of its first values: its name as the title, a card as its name,
 * the content's markup; the categories stay a list. The document's other items (the site's own card, say) are no
 * articles, so a document of entries lists only those.
 */
final class Microformats2Entries {

    private Microformats2Entries() {
    }

    /** The document with only its entries listed; any other node as it is. */
    static JsonNode entriesOnly(JsonNode root) {
        if (!root.isObject() || !root.path("items").isArray() || !root.has("rels")) {
            return root;
        }
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        root.get("items").forEach(item -> {
            if (isEntry(item)) {
                entries.add(item);
            }
        });
        return entries.isEmpty() ? root : ((ObjectNode) root.deepCopy()).set("items", entries);
    }

    /** The entry as one record; the node itself when it is no microformats2 entry. */
    static JsonNode asArticle(JsonNode node) {
        if (!isEntry(node)) {
            return node;
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> properties = node.get("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey().equals("name") ? "title" : property.getKey();
            JsonNode values = property.getValue();
            if (name.equals("category")) {
                record.set(name, values);
            } else if (values.isArray() && !values.isEmpty()) {
                record.set(name, plain(values.get(0)));
            }
        }
        return record;
    }

    private static boolean isEntry(JsonNode node) {
        JsonNode type = node.path("type");
        return type.isArray() && type.path(0).asText("").equals("h-entry") && node.path("properties").isObject();
    }

    /** An embedded card as its name, a content as its markup, a plain value as it is. */
    private static JsonNode plain(JsonNode value) {
        if (value.path("properties").path("name").isArray()) {
            return value.get("properties").get("name").path(0);
        }
        if (value.path("html").isTextual()) {
            return value.get("html");
        }
        return value.has("value") && value.isObject() ? value.get("value") : value;
    }
}
