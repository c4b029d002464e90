package io.newsflow.producer.parse;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A page as a website crawler's dataset holds it (Apify's Website Content Crawler: {@code {"url": ..., "crawl":
 * {"loadedUrl": ..., "loadedTime": ..., "httpStatusCode": 200}, "metadata": {"title": "Headline | Site", "author": ...,
 * "description": ..., "openGraph": [{"property": "og:site_name", "content": ...}], "jsonLd": [{"@type": "NewsArticle",
 * ...}]}, "text": ..., "markdown": ...}}). The page's own facts are in its metadata, the way its head gave them: the
 * Open Graph properties as a list of pairs, the JSON-LD objects as a list. Read as one record: the story's JSON-LD object
 * first (its headline, dates, writers, publisher, section), then the Open Graph title, site and section, then the window
 * title and its meta author; the page's text as the body. When the crawl happened is no fact of the story.
 */
final class CrawlerItems {

    private CrawlerItems() {
    }

    /** The crawled page as one record; the node itself when it is no crawler's item. */
    static JsonNode asArticle(JsonNode node) {
        JsonNode metadata = node.path("metadata");
        if (!node.path("crawl").has("loadedUrl") || !metadata.isObject() || !node.path("text").isTextual() && !node.path("markdown").isTextual()) {
            return node;
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        JsonNode story = story(metadata.path("jsonLd"));
        if (story != null) {
            record.setAll(((ObjectNode) story).deepCopy());
            record.remove(List.of("@context", "@id", "mainEntityOfPage", "image")); // (its "@type" tells the piece's kind)
        }
        putAbsent(record, "headline", openGraph(metadata, "og:title"));
        putAbsent(record, "headline", metadata.path("title").asText(null));
        putAbsent(record, "siteName", openGraph(metadata, "og:site_name"));
        putAbsent(record, "articleSection", openGraph(metadata, "article:section"));
        putAbsent(record, "author", metadata.path("author").asText(null));
        putAbsent(record, "description", metadata.path("description").asText(null));
        record.put("url", metadata.path("canonicalUrl").asText(node.path("url").asText()));
        record.set("text", node.path("text").isTextual() ? node.get("text") : node.get("markdown"));
        return record;
    }

    /** The JSON-LD object that is the story (an article of any kind, "NewsArticle", "BlogPosting"), or null. */
    private static JsonNode story(JsonNode objects) {
        for (JsonNode object : objects.isArray() ? objects : objects.path("@graph")) {
            if (object.isObject() && object.path("@type").asText("").matches("\\w*(?:Article|Posting)")) {
                return object;
            }
        }
        return null;
    }

    /** An Open Graph property's value from the list of pairs, or null. */
    private static String openGraph(JsonNode metadata, String property) {
        for (JsonNode pair : metadata.path("openGraph")) {
            if (property.equals(pair.path("property").asText()) && !pair.path("content").asText("").isBlank()) {
                return pair.get("content").asText().strip();
            }
        }
        return null;
    }

    private static void putAbsent(ObjectNode record, String field, String value) {
        if (!record.hasNonNull(field) && value != null && !value.isBlank()) {
            record.put(field, value.strip());
        }
    }
}
