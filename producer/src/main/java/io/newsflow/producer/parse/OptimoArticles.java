package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsflow.producer.parse.text.Outlets;

/**
 * An article in the BBC's Optimo model, as its pages' data holds it ({@code {"metadata": {"locators": {...},
 * "firstPublished": <epoch ms>, "passport": {"category": {"categoryName": "News"}}}, "content": {"model": {"blocks":
 * [{"type": "headline", "model": {"blocks": [...]}}, {"type": "byline", ...}, {"type": "text", ...}, {"type":
 * "image", ...}, {"type": "links", ...}]}}}}): every block nests more blocks down to a paragraph's text. Read as one
 * record: the headline block's text the headline, the byline's contributor the writer and its role's first part the
 * outlet when it reads as one ("BBC News, Cornwall"), the text blocks' paragraphs and subheadings the body; an image's
 * caption and a block of links are no part of the story.
 */
final class OptimoArticles {

    private OptimoArticles() {
    }

    /** The article as one record; the node itself when it is no Optimo article. */
    static JsonNode asArticle(JsonNode node) {
        JsonNode blocks = node.path("content").path("model").path("blocks");
        if (!blocks.isArray() || !node.path("metadata").has("locators")) {
            return node;
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        StringBuilder html = new StringBuilder();
        for (JsonNode block : blocks) {
            switch (block.path("type").asText()) {
                case "headline" -> record.put("title", text(block));
                case "subheadline" -> JsonEditorBlocks.element(html, "h3", text(block));
                case "text" -> block.path("model").path("blocks").forEach(p -> JsonEditorBlocks.element(html, "p", text(p)));
                case "byline" -> credit(record, block.path("model").path("blocks").path(0).path("model").path("blocks"));
                default -> { } // (an image, a video, a block of links, the timestamp: no text of the story)
            }
        }
        record.put("body", html.toString());
        JsonNode metadata = node.get("metadata");
        record.set("url", metadata.path("locators").path("canonicalUrl"));
        if (metadata.path("firstPublished").isNumber()) {
            record.set("publishedAt", metadata.get("firstPublished"));
        }
        record.put("section", metadata.path("passport").path("category").path("categoryName").asText(null));
        return record;
    }

    /** A contributor's name and role: the writer, and the outlet the role's first part names. */
    private static void credit(ObjectNode record, JsonNode parts) {
        for (JsonNode part : parts) {
            String value = text(part);
            if (part.path("type").asText().equals("name") && !value.isBlank()) {
                record.put("author", value);
            } else if (part.path("type").asText().equals("role")) {
                String outlet = value.split(",")[0].strip(); // "BBC News, Cornwall": the newsroom, then where
                if (Outlets.looksLikeOutlet(outlet) && Outlets.hasOutletWord(outlet)) {
                    record.put("publisher", outlet);
                }
            }
        }
    }

    /** A block's text: its own, else its nested blocks' joined. */
    private static String text(JsonNode block) {
        JsonNode model = block.path("model");
        if (model.path("text").isTextual()) {
            return model.get("text").asText().strip();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode inner : model.path("blocks")) {
            String part = text(inner);
            text.append(text.length() > 0 && !part.isEmpty() ? " " : "").append(part);
        }
        return text.toString();
    }
}
