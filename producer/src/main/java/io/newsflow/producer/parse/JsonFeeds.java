package io.newsflow.producer.parse;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Feeds written as JSON. JSON Feed (jsonfeed.org, versions 1 and 1.1), the JSON form of RSS: {@code {"version":
 * "https://jsonfeed.org/version/1.1", "title": "Harbour Ledger", "items": [...]}}; and an RSS feed converted to JSON by a
 * feed service (rss2json's {@code {"status": "ok", "feed": {"title": "Otago Daily Times - Business", ...}, "items":
 * [...]}}). Each item is an article whose outlet is the feed's title (less a section or label, as an RSS channel's title
 * is read: {@link FeedTitles}) and whose section, when it gives none, is its first tag or category, as a feed item's first
 * category is; its dates, content and authors are read as any JSON article's.
 */
final class JsonFeeds {
    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";

    private JsonFeeds() {
    }

    /** Whether the node is a JSON Feed or a converted RSS feed with items. */
    static boolean is(JsonNode node) {
        return node.isObject() && node.path("items").isArray()
                && (node.path("version").asText("").startsWith(VERSION_PREFIX) || node.path("feed").path("title").isTextual());
    }

    /** The item with the feed's facts it lacks: the feed's title as its source, its first tag or category as its section. */
    static JsonNode item(JsonNode feed, JsonNode item) {
        if (!item.isObject()) {
            return item;
        }
        ObjectNode copy = ((ObjectNode) item).deepCopy();
        JsonNode tags = copy.path("tags").isArray() ? copy.path("tags") : copy.path("categories");
        JsonNode title = feed.path("title").isTextual() ? feed.get("title") : feed.path("feed").path("title");
        if (!copy.has("source") && title.isTextual()) {
            copy.put("source", FeedTitles.outlet(title.asText(), textsOf(tags), List.of()));
        }
        if (!copy.has("section") && !copy.has("category") && tags.isArray() && !tags.isEmpty() && tags.get(0).isTextual()) {
            copy.put("section", tags.get(0).asText());
        }
        return copy;
    }

    /**
     * The outlet of a feed reader's entry, its feed's title read as an RSS channel's: Miniflux's {@code {"feed": {"title":
     * "Harbour Gazette", "site_url": ...}}}, Feedly's and Inoreader's {@code {"origin": {"title": ..., "htmlUrl": ...}}};
     * or null (a {@code "feed"} without a site's or feed's address is no reader's).
     */
    static String readerFeedTitle(JsonNode entry) {
        if (entry.path("feed_title").isTextual() && entry.has("feed_id")) { // Tiny Tiny RSS's headline: its feed's title beside it
            return FeedTitles.outlet(entry.path("feed_title").asText(), List.of(), List.of());
        }
        if (entry.has("blog_name") && entry.path("blog").path("title").isTextual()) { // a Tumblr post: its blog's title
            return entry.path("blog").path("title").asText().strip();
        }
        for (String key : List.of("feed", "origin")) {
            JsonNode feed = entry.path(key);
            if (feed.path("title").isTextual() && (feed.has("site_url") || feed.has("feed_url") || feed.has("htmlUrl") || feed.has("streamId"))) {
                return FeedTitles.outlet(feed.path("title").asText(), List.of(), List.of());
            }
        }
        return null;
    }

    /**
     * A read-later service's document (Readwise Reader's: {@code "source_url"}, {@code "reading_progress"}): its
     * {@code "source"} names how the service got it ("Reader RSS") and its {@code "category"} what kind of document it is
     * ("rss", "email", "pdf"), not the outlet and the section; the page's own {@code "site_name"} names the outlet.
     */
    static boolean readLaterDocument(JsonNode node) {
        return node.has("source_url") && node.has("reading_progress");
    }

    private static List<String> textsOf(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(n -> {
            if (n.isTextual()) {
                texts.add(n.asText());
            }
        });
        return texts;
    }
}
