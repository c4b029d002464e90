package io.newsflow.producer.parse;

import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The pages Kentico Xperience's REST service answers with: {@code {"cms_documents": [{"CMS_News": [{"NewsTitle": ...,
 * "NewsText": "<p>...", "NewsReleaseDate": ...}]}]}}, each page under its page type's name. Read as the list of the
 * pages, one article each (their fields, prefixed by the type, are {@link PrefixedFields}'s to read).
 */
final class KenticoDocuments {

    private KenticoDocuments() {
    }

    /** The answer's pages as a list; any other node as it is. */
    static JsonNode listed(JsonNode root) {
        JsonNode documents = root.path("cms_documents");
        if (!root.isObject() || !documents.isArray() || documents.isEmpty()) {
            return root;
        }
        ArrayNode pages = JsonNodeFactory.instance.arrayNode();
        for (JsonNode group : documents) {
            for (Iterator<JsonNode> types = group.elements(); group.isObject() && types.hasNext(); ) {
                JsonNode type = types.next();
                type.forEach(page -> {
                    if (page.isObject()) {
                        pages.add(page);
                    }
                });
            }
        }
        return pages.isEmpty() ? root : pages;
    }
}
