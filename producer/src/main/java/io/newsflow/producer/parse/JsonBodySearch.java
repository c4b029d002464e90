package io.newsflow.producer.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The last place a JSON article's body is looked for, when no field has a name the other readers know ({@code
 * "body_copy"}, {@code "article_html"}, {@code "richText"} under a wrapper they do not name): the longest text anywhere in
 * the object that reads as a story, HTML paragraphs or two sentences or more, of 200 characters at least. An address, an
 * image's or a script's field, a piece of code or a stylesheet is no story; a teaser shorter than that stays a teaser.
 * Readability's reasoning, the densest text is the article, applied to a tree of fields.
 */
final class JsonBodySearch {
    static final int MIN_CHARS = 200;
    private static final int MAX_DEPTH = 8;
    /** Fields whose text is never the story. */
    private static final Set<String> SKIP = Set.of("url", "link", "href", "src", "image", "images", "thumbnail", "thumbnail_url", "id",
            "uid", "slug", "css", "style", "script", "scripts", "json", "schema", "@context", "seo", "meta", "metadata", "author",
            "authors", "comments", "related", "navigation", "footer", "header");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’»)]?(?:\\s|$)");
    private static final Pattern CODE = Pattern.compile("function\\s*\\(|=>|\\{\\s*[\"'\\w-]+\\s*:|</?script|^\\s*[\\[{]");

    private JsonBodySearch() {
    }

    /**
     * The text found and the object to read the article's other fields from: the deepest object around the text that has
     * a title or a date of its own ({"page": {"publishDate": ..., "blocks_v2": {"main": {"markup": ...}}}}), else the whole.
     */
    record Found(String text, JsonNode owner) { }

    /** The longest story-like text in the object, or null when none is. */
    static Found longest(JsonNode node) {
        Found best = walk(node, 0, new ArrayDeque<>(), null);
        return best == null ? null : new Found(best.text(), best.owner() == null ? node : best.owner());
    }

    private static Found walk(JsonNode node, int depth, Deque<JsonNode> around, Found best) {
        if (depth > MAX_DEPTH) {
            return best;
        }
        if (node.isTextual()) {
            String text = node.asText();
            return isStory(text) && (best == null || text.length() > best.text().length()) ? new Found(text, owner(around)) : best;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                best = walk(item, depth + 1, around, best);
            }
        } else if (node.isObject()) {
            around.push(node);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!SKIP.contains(field.getKey().toLowerCase(Locale.ROOT))) {
                    best = walk(field.getValue(), depth + 1, around, best);
                }
            }
            around.pop();
        }
        return best;
    }

    /**
     * The deepest object around the text with a title or a date of its own, or null; with the title of the object around
     * it as its publication when that one is a site, titled and with an address of its own (Hashnode's {@code
     * {"publication": {"title": "Cloud Notes", "url": ..., "post": {...}}}}).
     */
    private static JsonNode owner(Deque<JsonNode> around) {
        for (Iterator<JsonNode> up = around.iterator(); up.hasNext(); ) { // (a stack: the deepest first)
            JsonNode object = up.next();
            if (JsonFields.first(object, JsonFields.TITLE) != null || JsonDates.first(object) != null) {
                return withSite(object, up.hasNext() ? up.next() : null);
            }
        }
        return null;
    }

    /** The owner with the site's title as its publication, when the object around it is a site (a title and an address). */
    private static JsonNode withSite(JsonNode owner, JsonNode around) {
        boolean site = around != null && around.path("title").isTextual() && around.path("url").isTextual();
        return site && owner.isObject() && !owner.has("publication")
                ? ((ObjectNode) owner.deepCopy()).put("publication", around.path("title").asText()) : owner;
    }

    /** HTML paragraphs, or two sentences or more, long enough to be a story and no code or address. */
    private static boolean isStory(String text) {
        String t = text.strip();
        return t.length() >= MIN_CHARS && !t.startsWith("http") && !t.startsWith("data:") && !CODE.matcher(t).find()
                && (t.contains("<p") || SENTENCE_END.matcher(t).results().count() >= 2);
    }
}
