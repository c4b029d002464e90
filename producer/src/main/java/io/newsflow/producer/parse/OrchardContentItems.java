package io.newsflow.producer.parse;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A content item as Orchard Core's GraphQL or content API gives it ({@code {"contentItemId": ..., "contentType":
 * "BlogPost", "displayText": ..., "publishedUtc": ..., "author": "nkarim", "markdownBody": {"markdown": ...},
 * "category": {"termContentItems": [{"displayText": "Community"}]}}}). Its title is its display text, its publication
 * the publishing's time (its creation's when unpublished data has none); its body a part's markdown or HTML; a taxonomy
 * field lists its terms by their display texts; a GraphQL answer's list holds an article for each. The owner and the
 * author are the user names of the accounts that saved it, no writers' names.
 */
final class OrchardContentItems {

    private OrchardContentItems() {
    }

    /**
     * A GraphQL answer's items of one content type ({@code {"data": {"blogPost": [{...}, ...]}}}), each as one record; the
     * node itself when it holds no such list.
     */
    static JsonNode listed(JsonNode node) {
        JsonNode data = node.path("data");
        if (data.size() != 1 || !data.elements().next().isArray() || !data.elements().next().path(0).has("contentItemId")) {
            return node;
        }
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        data.elements().next().forEach(item -> items.add(asArticle(item)));
        return items;
    }

    /** The item as one record; the node itself when it is no Orchard Core content item. */
    static JsonNode asArticle(JsonNode node) {
        if (!node.isObject() || !node.has("contentItemId") || !node.has("contentType") || !node.path("displayText").isTextual()) {
            return node;
        }
        ObjectNode record = ((ObjectNode) node).deepCopy();
        record.remove(List.of("owner", "author", "contentItemId", "contentItemVersionId", "contentType"));
        record.set("title", record.remove("displayText"));
        JsonNode published = node.path("publishedUtc").isTextual() ? node.get("publishedUtc") : node.path("createdUtc");
        record.remove(List.of("publishedUtc", "createdUtc", "modifiedUtc"));
        if (published.isTextual()) {
            record.set("publishedAt", published);
        }
        String markdown = node.path("markdownBody").path("markdown").asText(null);
        String html = node.path("htmlBody").path("html").asText(null);
        if (html != null || markdown != null) {
            record.remove(List.of("markdownBody", "htmlBody"));
            record.put(html != null ? "body" : "body_markdown", html != null ? html : markdown);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().path("termContentItems").isArray()) { // a taxonomy field: its terms' names
                ArrayNode names = record.arrayNode();
                field.getValue().get("termContentItems").forEach(term -> names.add(term.path("displayText").asText()));
                field.setValue(names);
            }
        }
        return record;
    }
}
