package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON Feed (jsonfeed.org, versions 1 and 1.1), the JSON form of RSS: {@code {"version":
 * "https://jsonfeed.org/version/1.1", "title": "Harbour Ledger", "items": [...]}}. Each item is an article
 * whose outlet is the feed's title and whose section, when it gives none, is its first tag, as a feed
 * item's first category is; its {@code date_published}, {@code content_html} and {@code authors} are read
 * as any JSON article's.
 */
final class JsonFeeds {
    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";

    private JsonFeeds() {
    }

    /** Whether the node is a JSON Feed with items. */
    static boolean is(JsonNode node) {
        return node.isObject() && node.path("version").asText("").startsWith(VERSION_PREFIX) && node.path("items").isArray();
    }

    /** The item with the feed's facts it lacks: the feed's title as its source, its first tag as its section. */
    static JsonNode item(JsonNode feed, JsonNode item) {
        if (!item.isObject()) {
            return item;
        }
        ObjectNode copy = ((ObjectNode) item).deepCopy();
        if (!copy.has("source") && feed.path("title").isTextual()) {
            copy.put("source", feed.get("title").asText());
        }
        JsonNode tags = copy.path("tags");
        if (!copy.has("section") && !copy.has("category") && tags.isArray() && !tags.isEmpty() && tags.get(0).isTextual()) {
            copy.put("section", tags.get(0).asText());
        }
        return copy;
    }
}
