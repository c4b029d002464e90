package io.newsflow.producer.parse;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Rich text as other editors store it, read as the flat list of typed blocks {@link JsonBlocks} takes
 * ({@code [{"type": "paragraph", "text": ...}]}): Prismic's slices ({@code [{"slice_type": "text", "primary": {"text":
 * [{"type": "paragraph", "text": ...}]}}]}), an image or an embed among them no text; and a title Prismic gives as rich
 * text ({@code [{"type": "heading1", "text": ...}]}).
 */
final class JsonRichText {
    /** Prismic's block types that hold a paragraph's text (a heading's start with "heading"). */
    private static final Set<String> PARAGRAPHS = Set.of("paragraph", "blockquote", "quote", "preformatted");
    private static final Set<String> ITEMS = Set.of("list-item", "o-list-item");

    private JsonRichText() {
    }

    /** The blocks of Prismic's slices at this value; any other value as it is. */
    static JsonNode blocks(JsonNode value) {
        if (value == null || !value.isArray() || value.isEmpty() || !value.get(0).has("slice_type")) {
            return value;
        }
        ArrayNode flat = JsonNodeFactory.instance.arrayNode();
        value.forEach(slice -> {
            slice.path("primary").forEach(field -> prismic(field, flat)); // (a quote's attribution is no text)
            slice.path("items").forEach(item -> item.forEach(field -> prismic(field, flat)));
        });
        return flat;
    }

    /** A title given as Prismic's rich text, its blocks' texts joined, as a text node; any other value as it is. */
    static JsonNode plain(JsonNode value) {
        if (value == null || !value.isArray() || value.isEmpty() || !value.get(0).path("text").isTextual()
                || !value.get(0).has("spans")) {
            return value;
        }
        StringBuilder text = new StringBuilder();
        value.forEach(block -> text.append(text.isEmpty() ? "" : " ").append(block.path("text").asText("").strip()));
        return TextNode.valueOf(text.toString().strip());
    }

    /** A Prismic slice's field: its rich text's blocks, each heading or paragraph ("list-item" too) as one block. */
    private static void prismic(JsonNode field, ArrayNode flat) {
        if (!field.isArray()) {
            return;
        }
        for (JsonNode block : field) {
            String type = block.path("type").asText("");
            if (block.path("text").isTextual() && (type.startsWith("heading") || PARAGRAPHS.contains(type) || ITEMS.contains(type))) {
                add(flat, type.startsWith("heading") ? "heading" : "paragraph", block.path("text").asText());
            }
        }
    }

    private static void add(ArrayNode flat, String type, String text) {
        if (!text.isBlank()) {
            flat.addObject().put("type", type).put("text", text.strip());
        }
    }
}
