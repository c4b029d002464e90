package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A bookmark as Karakeep (Hoarder before it) exports it or its API gives it: {@code {"id": ..., "createdAt": ..., "title":
 * null, "tags": [{"name": "to-read", "attachedBy": "human"}], "note": ..., "content": {"type": "link", "url": ...,
 * "title": ..., "description": ..., "htmlContent": "<div><p>...", "author": ..., "publisher": ..., "datePublished": ...}}}.
 * The saved page is under {@code content}; the bookmark's own fields are the reader's (when it was saved, its tags, its
 * note), no fact of the story. Read as the page's record: its HTML as the body, its writer, publisher and date; the
 * reader's title for it when the page gave none.
 */
final class KarakeepBookmarks {

    private KarakeepBookmarks() {
    }

    /** The saved page as one record; the node itself when it is no such bookmark. */
    static JsonNode asArticle(JsonNode node) {
        JsonNode content = node.path("content");
        if (!content.path("type").asText("").equals("link") || !content.has("url") || !node.has("taggingStatus") && !node.has("favourited")) {
            return node;
        }
        ObjectNode record = ((ObjectNode) content).deepCopy();
        record.remove("type");
        if (record.path("htmlContent").isTextual()) {
            record.set("body", record.remove("htmlContent"));
        }
        if (!record.path("title").isTextual() && node.path("title").isTextual()) {
            record.set("title", node.get("title"));
        }
        return record;
    }
}
