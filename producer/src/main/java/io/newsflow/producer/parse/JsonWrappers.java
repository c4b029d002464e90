package io.newsflow.producer.parse;

import java.util.Iterator;
import java.util.List;

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
            "response", "content", "attributes", "object", "newsDetail"); // Strapi: {"data": {"id": 4821, "attributes": {...}}}; Cosmic's
            // {"object": ...}; TYPO3's headless news: {"newsDetail": {...}}
    /** Keys an API lists its articles under ({@code {"status": "ok", "articles": [...]}}, a news API's search answer). */
    static final List<String> LISTS = List.of("articles", "items", "results", "stories", "posts", "entries", "data",
            "response", "docs", "objects", "entity", "contentlets", "value", "records", "contents", "_embedded"); // (the New York Times'
            // search answer: {"response": {"docs": [...]}}; Cosmic's "objects"; dotCMS's {"entity": {"contentlets": [...]}}; Bing
            // News's and OData's "value"; Airtable's "records"; microCMS's "contents"; HAL's {"_embedded": {"stories": [...]}})
    /** How many wrappers deep an article may sit ({@code {"response": {"content": {...}}}}, the Guardian's API). */
    private static final int MAX_WRAPPER_DEPTH = 2;
    /** How many of a GraphQL query's own field names an article may sit under ({"cms": {"getArticle": ...}}). */
    private static final int MAX_QUERY_NAMES = 3;

    private JsonWrappers() {
    }

    /**
     * The object that holds the article: the node itself, or the one a wrapper key holds (two deep at most) when
     * only it has a body; an article whose body is in a {@code "fields"} object (the Guardian's API) is read
     * from both, the fields first.
     */
    static JsonNode unwrap(JsonNode node) {
        JsonNode article = find(node, 0, 0);
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
        JsonNode content = node.get("content"); // Tiny Tiny RSS's answer: {"seq": 0, "status": 0, "content": [{"title": ...}]}
        if (node.has("seq") && node.has("status") && isArticles(content) && content.get(0).has("title")) {
            return content;
        }
        for (String key : LISTS) {
            JsonNode value = node.get(key);
            // Event Registry's answer: {"articles": {"results": [...], "totalResults": 1, "page": 1}}, one object deeper
            JsonNode list = isArticles(value) ? value : value != null && value.isObject() ? listOf(value) : null;
            // the article search (a body's lookup) only for an object that holds such a list: most hold none
            if (list != null) {
                return find(node, 0, 0) == null ? list : null;
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

    private static JsonNode find(JsonNode input, int depth, int queryNames) {
        JsonNode node = KontentItems.flatten(input); // Kontent.ai's item: {"system": {...}, "elements": {"title": {"value": ...}}}
        if (JsonFields.body(node) != null) {
            return withMetadata(node);
        }
        JsonNode metadata = node.get("metadata");
        if (metadata != null && metadata.isObject() && JsonFields.body(metadata) != null) {
            return withMetadata(node); // Cosmic's object: {"title": ..., "metadata": {"content": "<p>...", "author": ...}}
        }
        // (its body as text, or as blocks: Contentful's entry is {"sys": {...}, "fields": {"body": {"nodeType": "document"}}};
        // Bolt's content, its dates beside {"fieldValues": {"title": ..., "body": "<p>..."}})
        String fieldsKey = node.has("fields") ? "fields" : "fieldValues";
        JsonNode fields = node.get(fieldsKey);
        if (fields != null && fields.isObject() && JsonFields.body(fields) != null) {
            return lifted(node, fieldsKey);
        }
        for (int k = 0; depth < MAX_WRAPPER_DEPTH && k < WRAPPERS.size(); k++) {
            // (a GraphQL answer names its type as its key: Prepr's {"data": {"Post": {...}}})
            String key = node.has(WRAPPERS.get(k)) ? WRAPPERS.get(k) : capitalised(WRAPPERS.get(k));
            JsonNode inner = node.get(key);
            JsonNode article = inner != null && inner.isObject() ? find(inner, depth + 1, queryNames) : null;
            if (article != null && article == inner && !inner.has("title") && node.hasNonNull("title")) {
                // Feedly's {"title": ..., "content": {"content": "<p>...", "direction": "ltr"}}: the wrapper holds the text alone
                return lifted(node, key);
            }
            if (article != null) {
                return withWrapperFacts(node, article);
            }
        }
        // a GraphQL answer's query and field names, any words, each the only object in its own: {"data": {"cms":
        // {"getArticle": {"data": {...}, "error": null}}}} (not counted as wrappers: the names are the query's own); not a
        // record with a title of its own (Hashnode's publication, whose post the body search reads with its name)
        JsonNode only = node.has("title") || queryNames >= MAX_QUERY_NAMES ? null : soleObject(node);
        if (only != null && only.has("title")) { // (the record itself under its type's name: Caisy's {"data": {"BlogArticle": {...}}})
            return JsonFields.body(only) != null ? withMetadata(only) : null;
        }
        return only == null ? null : find(only, depth, queryNames + 1);
    }

    /** The only object among the node's fields (others null or plain values); or null. */
    private static JsonNode soleObject(JsonNode node) {
        JsonNode only = null;
        for (JsonNode value : node) {
            if (value.isContainerNode() && (only != null || !value.isObject())) {
                return null;
            }
            only = value.isObject() ? value : only;
        }
        return only;
    }

    /**
     * The article with its wrapper's date when it has none of its own (Prismic's document keeps its
     * {@code first_publication_date} beside the {@code "data"} that holds the fields, Storyblok's story its
     * {@code published_at} beside its {@code "content"}), and with the wrapper's site title as its site name.
     */
    private static JsonNode withWrapperFacts(JsonNode wrapper, JsonNode article) {
        JsonNode date = JsonDates.first(wrapper);
        // the site beside the item: Squarespace's {"website": {"siteTitle": ...}, "collection": {...}, "item": {...}}
        JsonNode site = wrapper.path("website").path("siteTitle");
        boolean dates = date != null && JsonDates.first(article) == null;
        // the writer beside the item: Lemmy's {"post": {...}, "creator": {"display_name": ...}, "community": {...}}
        boolean writer = wrapper.path("creator").isObject() && !article.has("creator") && !article.has("author");
        if (!article.isObject() || !dates && !site.isTextual() && !writer) {
            return article;
        }
        ObjectNode dated = ((ObjectNode) article).deepCopy();
        if (writer) {
            dated.set("creator", wrapper.get("creator"));
        }
        if (dates) {
            dated.set(JsonDates.PUBLISHED.get(0), date);
        }
        if (site.isTextual() && !dated.has("siteName")) {
            dated.set("siteName", site);
        }
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
