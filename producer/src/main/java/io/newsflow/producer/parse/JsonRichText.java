package io.newsflow.producer.parse;

import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Rich text as other editors store it, read as the flat list of typed blocks {@link JsonBlocks} takes
 * ({@code [{"type": "paragraph", "text": ...}]}): ProseMirror's, which TipTap and Storyblok export ({@code {"type": "doc",
 * "content": [{"type": "paragraph", "content": [{"type": "text", "text": ...}]}]}}), Lexical's, which Payload stores
 * ({@code {"root": {"type": "root", "children": [...]}}}) and Ghost keeps as a JSON string, a text's inline pieces (a
 * bold word, a link) joined as written, and Prismic's slices ({@code [{"slice_type": "text", "primary": {"text":
 * [{"type": "paragraph", "text": ...}]}}]}); a component, an embed or an image among the blocks is no text. And a title
 * Prismic gives as rich text ({@code [{"type": "heading1", "text": ...}]}).
 */
final class JsonRichText {
    /** The block types that hold a paragraph's text (Prismic's headings' start with "heading", ProseMirror's is "heading"). */
    private static final Set<String> PARAGRAPHS = Set.of("paragraph", "blockquote", "quote", "preformatted");
    /** ProseMirror's and Lexical's list containers, whose items are read as paragraphs of their own. */
    private static final Set<String> LISTS = Set.of("bulletlist", "orderedlist", "bullet_list", "ordered_list", "list");
    private static final Set<String> ITEMS = Set.of("listitem", "list_item", "list-item", "o-list-item");
    /** Ghost's Lexical nodes are its own kinds of the usual ones: "extended-text", "extended-heading". */
    private static final String GHOST_KIND = "extended-";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRichText() {
    }

    /** The blocks of a ProseMirror or Lexical document or of Prismic's slices at this value; any other value as it is. */
    static JsonNode blocks(JsonNode input) {
        JsonNode value = stringified(input);
        ArrayNode flat = JsonNodeFactory.instance.arrayNode();
        if (value != null && value.isObject() && value.path("type").asText("").equals("doc")) {
            flatten(value.path("content"), flat);
        } else if (value != null && value.isObject() && value.path("root").path("type").asText("").equals("root")) {
            flatten(value.path("root").path("children"), flat); // Lexical's: {"root": {"type": "root", "children": [...]}}
        } else if (value != null && value.isArray() && !value.isEmpty() && value.get(0).has("slice_type")) {
            value.forEach(slice -> {
                slice.path("primary").forEach(field -> prismic(field, flat)); // (a quote's attribution is no text)
                slice.path("items").forEach(item -> item.forEach(field -> prismic(field, flat)));
            });
        } else {
            return value;
        }
        return flat;
    }

    /**
     * A Lexical document kept as a JSON string, as Ghost's Admin API gives it ({@code "lexical": "{\"root\": ...}"}), read;
     * any other value (or a string that is no such document) as it is.
     */
    private static JsonNode stringified(JsonNode value) {
        JsonNode document = value != null && value.isTextual() && value.asText().startsWith("{\"root\"") ? parsed(value.asText()) : null;
        return document != null ? document : value;
    }

    /** A JSON document kept as a string (Ghost's Lexical, its Mobiledoc), read; null when the string is no JSON. */
    static JsonNode parsed(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
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

    /** ProseMirror's or Lexical's nodes, each paragraph, heading or list item as one block (a list's items in order). */
    private static void flatten(JsonNode nodes, ArrayNode flat) {
        for (JsonNode node : nodes) {
            String type = node.path("type").asText("").toLowerCase(Locale.ROOT).replace(GHOST_KIND, "");
            if (LISTS.contains(type)) {
                flatten(children(node), flat);
            } else if (PARAGRAPHS.contains(type) || ITEMS.contains(type) || type.equals("heading")) {
                StringBuilder text = new StringBuilder();
                collect(node, text);
                add(flat, type.equals("heading") ? "heading" : "paragraph", text.toString());
            }
        }
    }

    /** A node's text: its "text" nodes' texts in order, however deep (a link's, a bold word's). */
    private static void collect(JsonNode node, StringBuilder text) {
        if (node.path("type").asText("").replace(GHOST_KIND, "").equals("text")) {
            text.append(node.path("text").asText(""));
        }
        children(node).forEach(child -> collect(child, text));
    }

    /** A node's children: Lexical's {@code "children"}, ProseMirror's {@code "content"}. */
    private static JsonNode children(JsonNode node) {
        return node.has("children") ? node.path("children") : node.path("content");
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
