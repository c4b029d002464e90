package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A story as AFP's API delivers it ({@code {"uno": ..., "headline": ..., "news": ["paragraph", "paragraph", ...],
 * "published": ..., "creditLine": "AFP", "slugs": [...], ...}}, in a search answer's {@code "response": {"docs": [...]}}):
 * its paragraphs, a list of strings, the body; its credit line the source. The document's identifiers are no text.
 */
final class AfpDocuments {

    private AfpDocuments() {
    }

    /** The document with its body and source under the names every reader knows; any other node as it is. */
    static JsonNode asArticle(JsonNode node) {
        JsonNode news = node.path("news");
        if (!node.isObject() || !news.isArray() || news.isEmpty() || !news.get(0).isTextual() || !node.has("uno") && !node.has("creditLine")) {
            return node;
        }
        StringBuilder body = new StringBuilder();
        news.forEach(paragraph -> body.append(body.length() > 0 ? "\n\n" : "").append(paragraph.asText().strip()));
        ObjectNode record = ((ObjectNode) node).deepCopy();
        record.remove("news");
        record.put("body", body.toString());
        if (node.path("creditLine").isTextual() && !node.has("source")) {
            record.set("source", node.get("creditLine"));
        }
        return record;
    }
}
