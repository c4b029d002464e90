package io.newsflow.producer.parse;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.jsoup.nodes.Entities;

/**
 * A JSON article whose body is a list of typed blocks rather than one string, as content systems
 * export it ({@code "content_elements": [{"type": "text", "content": "..."}, {"type": "image", ...}]}):
 * the text and heading blocks, in order, as an HTML fragment the body reader takes like any other.
 * Images, embeds, raw HTML and ads are no part of the story's text and are left out. Sanity's Portable
 * Text is read too: {@code {"_type": "block", "style": "h2", "children": [{"text": "..."}]}}, and Apple News Format's
 * {@code "components": [{"role": "body", "format": "html", "text": "..."}, {"role": "byline", ...}]}, and Contentful's rich
 * text: {@code {"nodeType": "document", "content": [{"nodeType": "paragraph", "content": [{"nodeType": "text", ...}]}]}};
 * and ProseMirror's and Lexical's documents and Prismic's slices ({@link JsonRichText}).
 */
final class JsonBlocks {
    /** Keys that hold a list of blocks. */
    static final List<String> KEYS = List.of("content_elements", "blocks", "elements", "body", "content", "components",
            "articleBody", "lexical", "text", "bodyContent", "main", "richContent"); // (Craft's matrix field: "articleBody": [{"type": "text",
            // "text": "<p>..."}]; Ghost's Lexical; Kirby's blocks field: "text": [{"type": "text", "content": {"text": "<p>..."}}];
            // Contensis's composer: "bodyContent": [{"type": "_paragraph", "value": "..."}]; Apostrophe's area, "main" by default)
    /** Apple News Format's roles are types too: "body", "heading1" (a caption, a pull quote or a photo is no text). */
    private static final Set<String> PARAGRAPHS = Set.of("text", "paragraph", "p", "quote", "blockquote", "body");
    private static final Set<String> HEADINGS = Set.of("header", "heading", "subheading", "subhead", "h2", "h3",
            "heading1", "heading2", "heading3", "heading4");
    /** A block of HTML already, its paragraphs and headings inside (Apostrophe's "@apostrophecms/rich-text" widget). */
    private static final Set<String> RICH_TEXT = Set.of("rich-text", "richtext", "rich_text", "html");
    /** Where a block keeps its text. */
    private static final List<String> TEXT = List.of("content", "text", "value");

    private JsonBlocks() {
    }

    /** The body's text and heading blocks as an HTML fragment, or null when no key holds such a list. */
    static String html(JsonNode node) {
        String area = MagnoliaAreas.html(node);
        if (area != null) {
            return area;
        }
        for (String key : KEYS) {
            JsonNode blocks = JsonRichText.blocks(node.get(key)); // (a ProseMirror or Lexical document, Prismic's slices: flattened)
            if (blocks != null && blocks.path("json").path("nodeType").asText("").equals("document")) {
                blocks = blocks.get("json"); // Contentful's GraphQL: {"json": {"nodeType": "document", ...}, "links": {...}}
            }
            if (blocks != null && blocks.path("json").path("type").asText("").equals("doc")) {
                blocks = JsonRichText.blocks(blocks.get("json")); // Caisy's rich text: {"json": {"type": "doc", "content": [...]}}
            }
            if (blocks != null && blocks.path("raw").path("children").isArray()) {
                blocks = blocks.path("raw").get("children"); // Hygraph's rich text AST: {"raw": {"children": [...]}}
            }
            if (blocks != null && blocks.isObject() && blocks.path("nodeType").asText("").equals("document")) {
                blocks = listItems(blocks.get("content")); // Contentful's rich text: {"nodeType": "document", "content": [...]}
            }
            if (blocks != null && blocks.isObject() && blocks.path("nodes").isArray()) {
                blocks = blocks.get("nodes"); // Wix's rich content (Ricos): {"nodes": [{"type": "PARAGRAPH", "nodes": [...]}]}
            }
            if (blocks != null && blocks.path("metaType").asText("").equals("area")) {
                blocks = blocks.get("items"); // Apostrophe's area: {"metaType": "area", "items": [{"type": ..., ...}]}
            }
            if (blocks == null || !blocks.isArray()) {
                continue;
            }
            StringBuilder html = new StringBuilder();
            for (JsonNode block : blocks) {
                String type = block.path(block.has("_type") ? "_type" : block.has("type") ? "type"
                        : block.has("nodeType") ? "nodeType" : "role").asText("").toLowerCase(Locale.ROOT)
                        .replaceFirst("^_|^@[\\w.-]+/", ""); // (a module's namespace: "@apostrophecms/rich-text")
                if (type.equals("block")) { // Portable Text: its style says paragraph or heading
                    type = block.path("style").asText("normal").matches("h[1-6]") ? "heading" : "text";
                }
                type = type.matches("heading-(?:[1-6]|one|two|three|four)") ? "heading" : type; // Contentful's "heading-2", Slate's
                String text = block.has("children") ? spans(block.get("children"))
                        : block.has("nodeType") ? richText(block) : block.path("nodes").isArray() ? ricosText(block.get("nodes")) : text(block);
                if (text == null) {
                    continue;
                }
                if (RICH_TEXT.contains(type) && text.strip().startsWith("<")) {
                    html.append(text);
                } else if (PARAGRAPHS.contains(type) || RICH_TEXT.contains(type)) {
                    html.append("<p>").append(text).append("</p>");
                } else if (HEADINGS.contains(type)) {
                    html.append("<h2>").append(text).append("</h2>");
                }
            }
            if (!html.isEmpty()) {
                return html.toString();
            }
        }
        for (String key : KEYS) { // a list of blocks of an editor no rule above names (Draft.js's, Editor.js's, Slate's)
            String html = JsonEditorBlocks.html(node.get(key));
            if (html != null) {
                return html;
            }
        }
        return null;
    }

    /** A Ricos node's text: its text nodes' {@code textData.text}, nested nodes' in order; null when it has none. */
    private static String ricosText(JsonNode nodes) {
        StringBuilder text = new StringBuilder();
        for (JsonNode node : nodes) {
            String own = node.path("textData").path("text").asText(null);
            text.append(own != null ? own : node.path("nodes").isArray() ? Objects.requireNonNullElse(ricosText(node.get("nodes")), "") : "");
        }
        return text.toString().isBlank() ? null : text.toString();
    }

    /** Apple News Format's byline component's text ("By Dana Whitfield | The Lakeside Courier"), or null. */
    static String byline(JsonNode node) {
        JsonNode components = node.get("components");
        if (components != null && components.isArray()) {
            for (JsonNode component : components) {
                if (component.path("role").asText("").equals("byline") && !component.path("text").asText("").isBlank()) {
                    return component.path("text").asText().strip();
                }
            }
        }
        return null;
    }

    /** Contentful's top-level nodes, each list's items as paragraphs of their own ("unordered-list" / "list-item"). */
    private static JsonNode listItems(JsonNode content) {
        if (content == null || !content.isArray()) {
            return null;
        }
        ArrayNode flat = JsonNodeFactory.instance.arrayNode();
        for (JsonNode block : content) {
            if (block.path("nodeType").asText("").endsWith("-list")) {
                block.path("content").forEach(item -> flat.add(JsonNodeFactory.instance.objectNode().put("nodeType", "paragraph")
                        .set("content", item.path("content"))));
            } else {
                flat.add(block);
            }
        }
        return flat;
    }

    /** A Contentful node's text: its "text" nodes' values, hyperlinks' and marks' text included, joined. */
    private static String richText(JsonNode block) {
        StringBuilder text = new StringBuilder();
        collect(block, text);
        return text.toString().isBlank() ? null : Entities.escape(text.toString().strip());
    }

    private static void collect(JsonNode node, StringBuilder text) {
        if (node.path("nodeType").asText("").equals("text")) {
            text.append(node.path("value").asText(""));
        }
        node.path("content").forEach(child -> collect(child, text));
    }

    /** Portable Text's spans, joined: {@code "children": [{"_type": "span", "text": "..."}, ...]}. */
    private static String spans(JsonNode children) {
        StringBuilder text = new StringBuilder();
        for (JsonNode span : children) {
            text.append(span.path("text").asText(""));
        }
        return text.toString().isBlank() ? null : Entities.escape(text.toString().strip());
    }

    private static String text(JsonNode block) {
        for (String key : TEXT) {
            JsonNode value = block.get(key);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                // a block's text may hold inline markup ("<b>", "&amp;"); a bare "<" or "&" of plain text is escaped
                String text = value.asText().strip();
                return text.matches("(?s).*<[a-zA-Z/].*|.*&[#a-zA-Z0-9]+;.*") ? text : Entities.escape(text);
            }
        }
        // Kirby's block, its fields under "content" ({"text": "<p>..."}); a Contensis heading's {"value": {"text": ...}}
        for (String key : List.of("content", "value")) {
            if (block.path(key).isObject()) {
                return text(block.get(key));
            }
        }
        return null;
    }
}
