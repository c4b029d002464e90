package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A page as Concrete CMS's REST API gives it ({@code {"id": ..., "path": ..., "name": ..., "description": ...,
 * "date_added": ..., "custom_attributes": [{"handle": "news_author", "value": ...}], "areas": [{"name": "Main", "blocks":
 * [{"type": "content", "value": "<p>..."}, {"type": "share_this_page", ...}]}]}}): its text in the content blocks of its
 * areas (the main area's when it has one, not a sidebar's list of pages), its facts as attributes named by handles. Read
 * as one record: the content blocks' markup as the body, each attribute under its handle's last word ("news_author" as
 * {@code author}, a topic as the {@code category}), the date it was added as the date when no other is given.
 */
final class ConcreteCmsPages {
    private static final String MAIN_AREA = "Main";

    private ConcreteCmsPages() {
    }

    /** The page (or the answer's) as one record; the node itself when it is no such page. */
    static JsonNode asArticle(JsonNode input) {
        JsonNode node = input.path("data").isObject() ? input.get("data") : input; // (the API's answer: {"data": {...}})
        if (!node.isObject() || !node.path("areas").isArray() || !node.path("areas").path(0).path("blocks").isArray()) {
            return input;
        }
        ObjectNode record = ((ObjectNode) node).deepCopy();
        record.remove("areas");
        record.remove("custom_attributes");
        for (JsonNode attribute : node.path("custom_attributes")) {
            String handle = attribute.path("handle").asText("");
            String name = handle.substring(handle.lastIndexOf('_') + 1);
            JsonNode value = attribute.path("value").isArray() ? attribute.path("value").path(0) : attribute.path("value");
            if (!name.isEmpty() && value.isValueNode()) {
                record.putIfAbsent(name.equals("topic") || name.equals("topics") ? "category" : name, value);
            }
        }
        JsonNode added = node.path("date_published").isTextual() ? node.get("date_published") : node.path("date_added");
        if (added.isTextual()) {
            record.putIfAbsent("publishedAt", added);
        }
        StringBuilder body = new StringBuilder();
        boolean hasMain = false;
        for (JsonNode area : node.get("areas")) {
            hasMain |= MAIN_AREA.equals(area.path("name").asText());
        }
        for (JsonNode area : node.get("areas")) {
            if (hasMain && !MAIN_AREA.equals(area.path("name").asText())) {
                continue;
            }
            for (JsonNode block : area.path("blocks")) {
                if (block.path("type").asText("").equals("content") && block.path("value").isTextual()) {
                    body.append(block.get("value").asText());
                }
            }
        }
        if (body.length() > 0) {
            record.put("body", body.toString());
        }
        return record;
    }
}
