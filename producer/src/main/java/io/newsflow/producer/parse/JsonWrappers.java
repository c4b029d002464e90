package io.newsflow.producer.parse;

import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Finds the object that holds a JSON article: the top level, or the object an API wraps it in
 * ({@code {"data": {...}}}, {@code {"response": {"content": {...}}}}), and an article whose body sits in
 * a {@code "fields"} object beside its metadata (the Guardian's content API); and the list of articles a
 * search API answers with ({@code "articles": [...]}, or one object deeper: {@code "articles": {"results": [...]}}).
 */
final class JsonWrappers {
    /** Keys an API wraps its article in ({@code {"data": {...}}}): read when the top level holds no body. */
    static final List<String> WRAPPERS = List.of("data", "article", "item", "story", "post", "result", "entry",
            "response", "content", "attributes", "object"); // Strapi: {"data": {"id": 4821, "attributes": {...}}}; Cosmic's {"object": ...}
    /** Keys an API lists its articles under ({@code {"status": "ok", "articles": [...]}}, a news API's search answer). */
    static final List<String> LISTS = List.of("articles", "items", "results", "stories", "posts", "entries", "data",
            "response", "docs", "objects"); // (the New York Times' search answer: {"response": {"docs": [...]}}; Cosmic's "objects")
    /** How many wrappers deep an article may sit ({@code {"response": {"content": {...}}}}, the Guardian's API). */
    private static final int MAX_WRAPPER_DEPTH = 2;

    private JsonWrappers() {
    }

    /**
     * The object that holds the article: the node itself, or the one a wrapper key holds (two deep at most) when
     * only it has a body; an article whose body is in a {@code "fields"} object (the Guardian's API) is read
     * from both, the fields first.
     */
    static JsonNode unwrap(JsonNode node) {
        JsonNode article = find(node, 0);
        return article == null ? node : article;
    }

    /**
     * The list of articles an API's answer holds ({@code {"status": "ok", "articles": [{...}, ...]}}) when the
     * object itself holds no article; or null.
     */
    static JsonNode articleList(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        for (String key : LISTS) {
            JsonNode value = node.get(key);
            // Event Registry's answer: {"articles": {"results": [...], "totalResults": 1, "page": 1}}, one object deeper
            JsonNode list = isArticles(value) ? value : value != null && value.isObject() ? listOf(value) : null;
            // the article search (a body's lookup) only for an object that holds such a list: most hold none
            if (list != null) {
                return find(node, 0) == null ? list : null;
            }
        }
        return null;
    }

    /**
     * The first list of objects under one of {@link #LISTS} in the object, or under a GraphQL collection's {@code "items"}
     * (Contentful's {@code {"articleCollection": {"items": [...]}}}); or null.
     */
    private static JsonNode listOf(JsonNode object) {
        for (String key : LISTS) {
            if (isArticles(object.get(key))) {
                return object.get(key);
            }
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.endsWith("Collection") && isArticles(object.path(name).get("items"))) {
                return object.path(name).get("items");
            }
        }
        return null;
    }

    /** A non-empty list whose first item is an object: articles, as an API lists them. */
    private static boolean isArticles(JsonNode value) {
        return value != null && value.isArray() && !value.isEmpty() && value.get(0).isObject();
    }

    /**
     * A related record as a headless CMS gives it: Strapi's {@code {"data": {"id": 17, "attributes": {"name": ...}}}}
     * for an author or a category (a list under {@code "data"} for several), Contentful's {@code {"sys": {...},
     * "fields": {"name": ...}}}, Builder.io's {@code {"model": ..., "value": {...}}}, read as the record itself; any other
     * value as it is.
     */
    static JsonNode relation(JsonNode value) {
        JsonNode v = localised(value);
        if (v != null && v.isObject() && (v.size() <= 2 || v.path("link_type").asText("").equals("Document"))
                && v.has("data") && !v.get("data").isValueNode() && !v.path("name").isTextual()) { // (a record named beside its data is itself)
            v = v.get("data"); // {"data": {...}, "meta": {...}} at most; Prismic's linked document: {"id": ..., "data": {...}}
        }
        if (v != null && v.isObject() && v.path("attributes").isObject()) {
            v = v.get("attributes");
        }
        if (v != null && v.isObject() && v.size() == 1 && (v.path("node").isObject() || v.path("items").isArray())) {
            v = v.path("node").isObject() ? v.get("node") : v.get("items"); // WPGraphQL's edge; Contentful's {"items": [...]}
        }
        if (v != null && v.isObject() && v.path("fields").isObject() && !v.has("name") && !v.has("title")) {
            // Contentful's linked entry: {"sys": {"id": ...}, "fields": {"name": ...}}; Agility's {"contentID": 41, "fields": ...}
            v = v.get("fields");
        }
        if (v != null && v.isObject() && v.path("value").isObject() && (v.has("model") || v.path("@type").asText("").endsWith("Reference"))) {
            v = v.get("value"); // Builder.io's resolved reference: {"@type": "@builder.io/core:Reference", "model": ..., "value": {...}}
        }
        return v;
    }

    /**
     * The article with the fields of its {@code "metadata"} object beside its own (Apple News Format keeps the
     * authors, dates and excerpt there, beside the components); its own fields win. The node itself when it has none.
     */
    private static JsonNode withMetadata(JsonNode node) {
        JsonNode metadata = node.get("metadata");
        if (metadata == null || !metadata.isObject() || !node.isObject()) {
            return node;
        }
        ObjectNode merged = ((ObjectNode) node).deepCopy();
        metadata.fields().forEachRemaining(field -> merged.putIfAbsent(field.getKey(), field.getValue()));
        return merged;
    }

    /** "en-US", "de", "pt-BR": a locale's code as a localised field's key. */
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2}(?:[-_][A-Za-z]{2,4})?");

    /**
     * A field a headless CMS gives per locale (Contentful: {@code "title": {"en-US": "..."}}): its first locale's value;
     * any other value as it is.
     */
    static JsonNode localised(JsonNode value) {
        if (value == null || !value.isObject() || value.isEmpty()) {
            return value;
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            if (!LOCALE.matcher(names.next()).matches()) {
                return value;
            }
        }
        return value.elements().next();
    }

    private static JsonNode find(JsonNode input, int depth) {
        JsonNode node = KontentItems.flatten(input); // Kontent.ai's item: {"system": {...}, "elements": {"title": {"value": ...}}}
        if (JsonFields.body(node) != null) {
            return withMetadata(node);
        }
        JsonNode metadata = node.get("metadata");
        if (metadata != null && metadata.isObject() && JsonFields.body(metadata) != null) {
            return withMetadata(node); // Cosmic's object: {"title": ..., "metadata": {"content": "<p>...", "author": ...}}
        }
        JsonNode fields = node.get("fields");
        // (its body as text, or as blocks: Contentful's entry is {"sys": {...}, "fields": {"body": {"nodeType": "document"}}})
        if (fields != null && fields.isObject() && JsonFields.body(fields) != null) {
            return lifted(node, "fields");
        }
        for (int k = 0; depth < MAX_WRAPPER_DEPTH && k < WRAPPERS.size(); k++) {
            // (a GraphQL answer names its type as its key: Prepr's {"data": {"Post": {...}}})
            String key = node.has(WRAPPERS.get(k)) ? WRAPPERS.get(k) : capitalised(WRAPPERS.get(k));
            JsonNode inner = node.get(key);
            JsonNode article = inner != null && inner.isObject() ? find(inner, depth + 1) : null;
            if (article != null && article == inner && !inner.has("title") && node.hasNonNull("title")) {
                // Feedly's {"title": ..., "content": {"content": "<p>...", "direction": "ltr"}}: the wrapper holds the text alone
                return lifted(node, key);
            }
            if (article != null) {
                return withWrapperDate(node, article);
            }
        }
        return null;
    }

    /**
     * The article with its wrapper's date when it has none of its own: Prismic's document keeps its
     * {@code first_publication_date} beside the {@code "data"} that holds the fields, Storyblok's story its
     * {@code published_at} beside its {@code "content"}.
     */
    private static JsonNode withWrapperDate(JsonNode wrapper, JsonNode article) {
        JsonNode date = JsonDates.first(wrapper);
        if (date == null || !article.isObject() || JsonDates.first(article) != null) {
            return article;
        }
        ObjectNode dated = ((ObjectNode) article).deepCopy();
        dated.set(JsonDates.PUBLISHED.get(0), date);
        return dated;
    }

    private static String capitalised(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    /** The object with its {@code key} object's fields lifted to its own level in the key's place (theirs winning). */
    private static ObjectNode lifted(JsonNode node, String key) {
        ObjectNode merged = ((ObjectNode) node).deepCopy();
        merged.remove(key);
        merged.setAll((ObjectNode) node.get(key));
        return merged;
    }
}
