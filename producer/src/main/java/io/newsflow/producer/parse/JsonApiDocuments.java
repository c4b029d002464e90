package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON:API document (jsonapi.org; Drupal's {@code /jsonapi/node/article/...}): the article is a resource,
 * {@code {"type": "node--article", "attributes": {...}, "relationships": {...}}}, whose author, section and tags are
 * only references ({@code {"type": "user--user", "id": "a1b2"}}) to the resources {@code "included"} beside it. The
 * resource is read as one flat article: its attributes, each relationship replaced by the attributes it points to and
 * named without Drupal's {@code field_} prefix ({@code field_section}: section), the node's owner ({@code uid}) as its
 * author when no field names one, a user by its display name rather than its login, a Drupal text field's
 * {@code {"value", "processed", "summary"}} as its HTML, and Drupal's {@code created} as the publication time.
 */
final class JsonApiDocuments {

    private static final String FIELD_PREFIX = "field_";

    private JsonApiDocuments() {
    }

    /** The article a JSON:API document holds, flattened; any other JSON as it is. */
    static JsonNode flatten(JsonNode root) {
        JsonNode data = root.path("data");
        return isResource(data) && (root.has("jsonapi") || root.has("included") || data.has("relationships"))
                ? resource(root, data) : root;
    }

    /** Whether the node is a JSON:API resource: a type and an attributes object. */
    static boolean isResource(JsonNode node) {
        return node.isObject() && node.path("type").isTextual() && node.path("attributes").isObject();
    }

    /** One resource of the document, its relationships resolved against the document's {@code included} resources. */
    static JsonNode resource(JsonNode root, JsonNode data) {
        Map<String, JsonNode> included = new HashMap<>();
        for (JsonNode r : root.path("included")) {
            included.put(key(r), r.path("attributes"));
        }
        ObjectNode article = ((ObjectNode) data.get("attributes")).deepCopy();
        JsonNode body = article.get("body");
        if (body != null && body.isObject() && (body.has("processed") || body.has("value"))) {
            article.put("body", body.path("processed").asText(body.path("value").asText()));
            if (body.path("summary").isTextual() && !body.path("summary").asText().isBlank()) {
                article.putIfAbsent("summary", body.get("summary"));
            }
        }
        if (article.has("publish_up")) {
            article.putIfAbsent("published", article.get("publish_up")); // Joomla's "start publishing" date
        }
        if (article.has("created")) {
            article.putIfAbsent("published", article.get("created")); // Drupal's "authored on" date
        }
        data.path("relationships").fields().forEachRemaining(rel -> {
            String name = rel.getKey().startsWith(FIELD_PREFIX) ? rel.getKey().substring(FIELD_PREFIX.length()) : rel.getKey();
            JsonNode resolved = resolve(rel.getValue().path("data"), included);
            if (resolved != null) {
                article.set(name, resolved);
            }
        });
        for (String owner : new String[] {"uid", "created_by"}) { // Drupal's node owner, Joomla's article's creator
            if (!article.has("author") && article.has(owner) && article.get(owner).isObject()) {
                article.set("author", article.get(owner)); // the owner writes it unless a field names the author
            }
        }
        return article;
    }

    /** A reference's attributes (a list's, each), a user by its display name; null when nothing is included for it. */
    private static JsonNode resolve(JsonNode reference, Map<String, JsonNode> included) {
        if (reference.isArray()) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            reference.forEach(r -> {
                JsonNode one = resolve(r, included);
                if (one != null) {
                    list.add(one);
                }
            });
            return list.isEmpty() ? null : list;
        }
        JsonNode attributes = reference.isObject() ? included.get(key(reference)) : null;
        if (attributes == null || !attributes.isObject()) {
            return null;
        }
        JsonNode displayName = attributes.path("display_name");
        if (displayName.isTextual() && !displayName.asText().isBlank()) {
            return JsonNodeFactory.instance.objectNode().put("name", displayName.asText()); // not the login, "smccarthy"
        }
        return attributes;
    }

    private static String key(JsonNode resource) {
        return resource.path("type").asText() + "/" + resource.path("id").asText();
    }
}
