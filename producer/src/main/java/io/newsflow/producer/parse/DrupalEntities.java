package io.newsflow.producer.parse;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A node as Drupal's core REST module serialises it ({@code ?_format=json}: {@code {"nid": [{"value": 1287}], "type":
 * [{"target_id": "article", "target_type": "node_type"}], "title": [{"value": ...}], "created": [{"value":
 * "2026-12-05T09:00:00+00:00"}], "body": [{"value": "<p>...", "format": "basic_html", "summary": ""}], "uid":
 * [{"target_id": 7, "target_type": "user"}], "field_tags": [{"target_id": 14, "target_type": "taxonomy_term"}]}}): every
 * field a list of items, each its value under "value". Read as one record of the items' values: the title, the body
 * (its summary the standfirst), the creation the publication (a change is an edit's); a reference to a user or a term
 * holds only an id, no name, and is left out.
 */
final class DrupalEntities {

    private DrupalEntities() {
    }

    /** The node as one record; the node itself when it is no core REST entity. */
    static JsonNode asArticle(JsonNode node) {
        if (!node.path("type").path(0).path("target_type").asText().equals("node_type") || !node.path("title").path(0).has("value")) {
            return node;
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode item = field.getValue().path(0);
            if (item.has("value") && field.getValue().size() == 1 && !field.getKey().equals("changed")) {
                record.set(field.getKey(), item.get("value"));
            }
        }
        JsonNode body = node.path("body").path(0);
        if (body.path("summary").isTextual() && !body.get("summary").asText().isBlank()) {
            record.set("summary", body.get("summary"));
        }
        if (record.has("created")) {
            record.set("publishedAt", record.remove("created"));
        }
        return record;
    }
}
