package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;

/**
 * A story made of cards of typed elements, its names in kebab case (Quintype's {@code {"story": {"headline": ...,
 * "author-name": ..., "published-at": 1796459400000, "sections": [{"name": "Kerala"}], "cards": [{"story-elements":
 * [{"type": "text", "text": "<p>..."}, {"type": "image", ...}, {"type": "text", "subtype": "also-read", ...}]}]}}}):
 * read as one record, its names in camelCase ("publishedAt", "authorName"), its body the text elements in order (not a
 * pointer to another story, "also-read"), its first section as its section.
 */
final class CardStories {

    private CardStories() {
    }

    /** The story as one record; the node itself when it is no such story. */
    static JsonNode asArticle(JsonNode node) {
        JsonNode story = node.path("story").isObject() ? node.get("story") : node;
        JsonNode cards = story.path("cards");
        if (!cards.isArray() || cards.isEmpty() || !cards.get(0).has("story-elements")) {
            return node;
        }
        ObjectNode record = JsonRecords.renamed(story, JsonRecords::camelCase, UnaryOperator.identity());
        StringBuilder body = new StringBuilder();
        for (JsonNode card : cards) {
            for (JsonNode element : card.path("story-elements")) {
                if ("text".equals(element.path("type").asText()) && !"also-read".equals(element.path("subtype").asText())) {
                    body.append(element.path("text").asText(""));
                }
            }
        }
        record.remove("cards");
        record.put("body", body.toString());
        JsonNode section = story.path("sections").path(0).path("name");
        if (section.isTextual()) {
            record.set("section", section);
        }
        return record;
    }
}
