package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A wire item in IPTC's ninjs (News in JSON), the JSON its agencies deliver. Version 2 holds its texts in lists of
 * roles ({@code "headlines": [{"role": "main", "value": ...}]}, likewise {@code "descriptions"} and {@code "bodies"}),
 * names its publisher as {@code "copyrightholder"} and its first version's time as {@code "firstcreated"}; version 1
 * writes {@code "headline"}, {@code "body_html"} and {@code "byline"}, which {@link JsonFields} reads already. This class
 * copies a version 2 item's main texts to the names {@link JsonFields} reads, so both versions go the same way.
 */
final class NinjsItems {

    private NinjsItems() {
    }

    /** Whether the object is a ninjs item: the standard names itself, or an item with role lists and an "uri". */
    static boolean is(JsonNode node) {
        return "ninjs".equalsIgnoreCase(node.path("standard").path("name").asText(""))
                || node.path("uri").isTextual() && (node.path("bodies").isArray() || node.path("headlines").isArray());
    }

    /** The item with its main headline, summary and body, publisher and byline under the usual names; any other node as it is. */
    static JsonNode flatten(JsonNode node) {
        if (!node.isObject() || !is(node)) {
            return node;
        }
        ObjectNode item = ((ObjectNode) node).deepCopy();
        item.remove("type"); // "text", "picture": the item's medium, not the article's kind
        putMain(item, "headlines", "headline");
        putMain(item, "descriptions", "description");
        putMain(item, "bodies", "body");
        if (node.path("copyrightholder").isTextual() && !item.has("publisher")) {
            item.put("publisher", node.path("copyrightholder").asText()); // the publisher's name, not its notice
        }
        if (node.path("by").isTextual() && !item.has("byline")) {
            item.put("byline", node.path("by").asText()); // "by" is a byline's text in ninjs, not a list of people
        }
        return item;
    }

    /**
     * The value of the role list's main entry (role "main", else the first) under {@code name}, unless the item has that
     * name already: {@code "headlines": [{"role": "main", "value": "..."}, {"role": "short", ...}]}.
     */
    private static void putMain(ObjectNode item, String list, String name) {
        JsonNode entries = item.path(list);
        if (!entries.isArray() || entries.isEmpty() || item.has(name)) {
            return;
        }
        JsonNode main = entries.get(0);
        for (JsonNode entry : entries) {
            if ("main".equals(entry.path("role").asText())) {
                main = entry;
                break;
            }
        }
        if (main.path("value").isTextual()) {
            item.put(name, main.path("value").asText());
            item.remove(list);
        }
    }
}
