package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A link as Linkwarden's API gives it ({@code {"response": {"id": ..., "name": ..., "url": ..., "textContent": ...,
 * "collection": {"name": "Reading list"}, "tags": [...], "createdAt": ...}}}): a page the
 * reader preserved, its readable text in {@code textContent} (the page's headline, byline and date at its head, as
 * Readability keeps them). The link's own fields are the reader's: when it was saved ({@code createdAt}), the collection
 * and the tags it was filed under, none of them the story's date or section. Read as the page's record: its name, its
 * address and its text.
 */
final class LinkwardenLinks {

    private LinkwardenLinks() {
    }

    /** The preserved page as one record; the node itself when it is no such link. */
    static JsonNode asArticle(JsonNode answer) {
        JsonNode node = answer.path("response").isObject() ? answer.get("response") : answer; // (the API's wrapper, or none: an export's)
        if (!node.path("textContent").isTextual() || !node.path("url").isTextual() || !node.has("collectionId")
                && !node.path("collection").isObject()) {
            return answer;
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        if (node.path("name").isTextual()) {
            record.set("title", node.get("name"));
        }
        record.set("url", node.get("url"));
        if (node.path("description").isTextual() && !node.get("description").asText().isBlank()) {
            record.set("description", node.get("description"));
        }
        record.set("body", node.get("textContent"));
        return record;
    }
}
