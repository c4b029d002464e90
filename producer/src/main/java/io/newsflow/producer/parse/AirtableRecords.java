package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;

/**
 * An Airtable record ({@code {"id": "recT9k...", "createdTime": ..., "fields": {"Headline": ..., "Publish Date": ...}}}):
 * its fields are a table's columns, named as their editors wrote them, capitalised and with spaces. Read as the
 * record's own fields in camelCase ({@code "headline"}, {@code "publishDate"}), its creation time beside them, so the
 * readers find them where they look.
 */
final class AirtableRecords {

    private AirtableRecords() {
    }

    /** The record's columns as camelCase fields; the node itself when it is no such record. */
    static JsonNode flattened(JsonNode node) {
        JsonNode fields = node.path("fields");
        if (!node.isObject() || !fields.isObject() || !node.path("createdTime").isTextual() || !node.path("id").asText().startsWith("rec")) {
            return node;
        }
        ObjectNode flat = JsonRecords.renamed(fields, JsonRecords::camelCase, UnaryOperator.identity());
        flat.putIfAbsent("createdTime", node.get("createdTime"));
        return flat;
    }
}
