package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Enonic XP's content as its GraphQL API (Guillotine) gives it: {@code {"data": {"guillotine": {"get": {"displayName":
 * ..., "_path": ..., "publish": {"from": ...}, "data": {"body": {"processedHtml": ...}, "author": ..., "tags": [...]}}}}}}:
 * the content's own fields are under its {@code data}, its name and its publication apart from them. Read as one record:
 * the data's fields, the display name as the title, {@code publish.from} as the date.
 */
final class EnonicContents {

    private EnonicContents() {
    }

    /** The content as one record; the node itself when it is no such content. */
    static JsonNode flattened(JsonNode node) {
        JsonNode content = node.path("data").path("guillotine").path("get");
        content = content.isObject() ? content : node;
        if (!content.isObject() || !content.path("displayName").isTextual() || !content.has("_path") || !content.path("data").isObject()) {
            return node;
        }
        ObjectNode record = ((ObjectNode) content.get("data")).deepCopy();
        record.putIfAbsent("title", content.get("displayName"));
        if (content.path("publish").path("from").isTextual()) {
            record.putIfAbsent("publishedAt", content.path("publish").get("from"));
        }
        JsonNode body = record.path("body").path("processedHtml"); // (a rich text field: its HTML with links resolved)
        if (body.isTextual()) {
            record.set("body", body);
        }
        return record;
    }
}
