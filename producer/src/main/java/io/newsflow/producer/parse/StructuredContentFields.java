package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A content system's structured content whose fields are a list of named values (Liferay's {@code {"title": ...,
 * "contentFields": [{"name": "Headline", "contentFieldValue": {"data": ...}}, {"name": "Body", "contentFieldValue":
 * {"data": "<p>..."}}], "creator": {...}, "taxonomyCategoryBriefs": [{"taxonomyCategoryName": "Transport"}]}}): each
 * field read as the record's own, in camelCase ("body", "headline"), the record's fields winning a shared name, and its
 * first category as its {@code category}. Without it the longest field alone was taken for the record, its name as the
 * headline.
 */
final class StructuredContentFields {

    private StructuredContentFields() {
    }

    /** The record with its listed fields as its own; the node itself when it is no such record. */
    static JsonNode inlined(JsonNode node) {
        JsonNode fields = node.path("contentFields");
        if (!node.isObject() || !fields.isArray() || fields.isEmpty()) {
            return node;
        }
        ObjectNode record = ((ObjectNode) node).deepCopy();
        record.remove("contentFields");
        for (JsonNode field : fields) {
            String name = JsonRecords.camelCase(field.path("name").asText(""));
            JsonNode data = field.path("contentFieldValue").path("data");
            if (name != null && data.isTextual() && !record.has(name)) {
                record.set(name, data);
            }
        }
        JsonNode category = node.path("taxonomyCategoryBriefs").path(0).path("taxonomyCategoryName");
        if (category.isTextual() && !record.has("category")) {
            record.set("category", category);
        }
        return record;
    }
}
