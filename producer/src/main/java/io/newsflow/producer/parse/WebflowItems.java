package io.newsflow.producer.parse;

import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An item of a Webflow CMS collection as its API gives it ({@code {"id": ..., "lastPublished": ..., "isDraft": false,
 * "fieldData": {"name": ..., "post-body": "<p>...", "author-name": ..., "published-on": ..., "category": ...}}}): the
 * collection's own fields under {@code fieldData}, named by their slugs in kebab case as the site's designer chose them.
 * Read as one record: the fields in camelCase ("postBody", "authorName", "publishedOn", names the readers know), the
 * item's last publication as its date when no field gives one.
 */
final class WebflowItems {

    private WebflowItems() {
    }

    /** The item as one record; the node itself when it is no such item. */
    static JsonNode asArticle(JsonNode node) {
        if (!node.path("fieldData").isObject() || !(node.has("cmsLocaleId") || node.has("lastPublished") || node.has("isDraft"))) {
            return node;
        }
        ObjectNode record = JsonRecords.renamed(node.get("fieldData"), JsonRecords::camelCase, UnaryOperator.identity());
        if (JsonDates.PUBLISHED.stream().noneMatch(record::has) && node.path("lastPublished").isTextual()) {
            record.set("publishedAt", node.get("lastPublished"));
        }
        return record;
    }
}
