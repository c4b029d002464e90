package io.newsflow.producer.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Entities;

/**
 * The last reading of a JSON body kept as a list of blocks that {@link JsonBlocks} and {@link JsonRichText} do not know
 * by name: each block's text, wherever the editor keeps it, as one paragraph (a heading where its type says so). It
 * reads the editors that store a document as a list of typed blocks: Draft.js's raw content ({@code {"blocks":
 * [{"text": ..., "type": "unstyled"}], "entityMap": {}}}), Editor.js's ({@code {"blocks": [{"type": "paragraph", "data":
 * {"text": ...}}]}}, a list's {@code items} each a paragraph), Slate's ({@code [{"type": "paragraph", "children": [{"text":
 * ...}]}]}), DatoCMS's structured text, its document wrapped ({@code {"value": {"schema": "dast", "document": {"type":
 * "root", "children": [{"type": "paragraph", "children": [{"type": "span", "value": ...}]}]}}}}), Builder.io's ({@code
 * [{"component": {"name": "Text", "options": {"text": "<p>..."}}}]}), Quill's delta ({@link QuillDeltas}) and the like. A block whose type (or component's
 * name) names a picture, an embed, code, a button or an advert is no text, and inline markup an editor leaves in its
 * text ({@code "<b>"}) is read as HTML.
 */
final class JsonEditorBlocks {
    /** Keys of a document object that hold its list of blocks. */
    private static final List<String> LISTS = List.of("blocks", "content", "children", "nodes", "document"); // (Keystone's document)
    /** Keys of an object that wraps the document (DatoCMS's {@code "value"} and {@code "document"}). */
    private static final List<String> WRAPPERS = List.of("value", "document", "root", "doc", "json");
    /** Where a block or its inline pieces keep their text (DatoCMS's spans: {@code "value"}). */
    private static final List<String> TEXT_KEYS = List.of("text", "plain_text", "value", "body"); // (Prepr's {"body": "<p>..."})
    /** Where a block keeps its children or its fields. */
    private static final List<String> INNER_KEYS = List.of("children", "content", "data", "rich_text", "component", "options");
    private static final Pattern NOT_TEXT = Pattern.compile("image|photo|picture|video|audio|embed|figure|gallery|media|atomic"
            + "|code|divider|delimiter|separator|advert|\\bads?\\b|newsletter|related|raw|html|table|button|form|blok");
    private static final Pattern HEADING = Pattern.compile("head|h[1-6]\\b|title");
    private static final Pattern MARKUP = Pattern.compile("(?s).*<[a-zA-Z/].*|.*&[#a-zA-Z0-9]+;.*");

    private JsonEditorBlocks() {
    }

    /** The blocks' text as an HTML fragment, or null when the value holds no list of blocks with text. */
    static String html(JsonNode value) {
        String delta = QuillDeltas.html(value); // (Quill's delta: {"ops": [{"insert": ...}]})
        return delta != null ? delta : html(value, 0);
    }

    /** The first of the object's lists that holds text (a record's list of media blocks beside its document is none). */
    private static String html(JsonNode value, int depth) {
        if (value == null || value.isArray()) {
            return value == null ? null : listHtml(value);
        }
        for (String key : LISTS) {
            String html = value.path(key).isArray() ? listHtml(value.path(key)) : null;
            if (html != null) {
                return html;
            }
        }
        for (String key : WRAPPERS) {
            String html = depth < 3 && value.path(key).isObject() ? html(value.path(key), depth + 1) : null;
            if (html != null) {
                return html;
            }
        }
        return null;
    }

    private static String listHtml(JsonNode list) {
        StringBuilder html = new StringBuilder();
        for (JsonNode block : list) {
            String type = type(block);
            if (!block.isObject() || NOT_TEXT.matcher(type).find()) {
                continue;
            }
            JsonNode items = block.path("data").path("items"); // Editor.js's list: {"data": {"items": ["...", "..."]}}
            if (items.isArray() && !items.isEmpty()) {
                items.forEach(item -> paragraph(html, "p", item.isTextual() ? item.asText() : text(item)));
            } else {
                paragraph(html, HEADING.matcher(type).find() ? "h2" : "p", text(block));
            }
        }
        return html.isEmpty() ? null : html.toString();
    }

    /** A block's type: its own, or its component's name (Builder.io's {"component": {"name": "Text", "options": ...}}). */
    private static String type(JsonNode block) {
        for (String key : List.of("type", "_type", "blockType", "kind", "role", "__typename")) { // (a GraphQL block's type name)
            if (block.path(key).isTextual()) {
                return block.path(key).asText().toLowerCase(Locale.ROOT);
            }
        }
        return block.path("component").path("name").asText("").toLowerCase(Locale.ROOT);
    }

    /** A block's text: its own, else its inline pieces' joined as written, however deep ("The council closed the " + "bridge"). */
    private static String text(JsonNode node) {
        for (String key : TEXT_KEYS) {
            if (node.path(key).isTextual()) {
                return node.path(key).asText();
            }
        }
        StringBuilder text = new StringBuilder();
        for (String key : INNER_KEYS) {
            JsonNode inner = node.path(key);
            if (inner.isArray()) {
                inner.forEach(piece -> text.append(piece.isObject() && !NOT_TEXT.matcher(type(piece)).find() ? text(piece) : ""));
            } else if (inner.isObject()) {
                text.append(text(inner));
            }
        }
        return text.toString();
    }

    /**
     * Appends {@code <tag>text</tag>}, the text stripped and escaped, or nothing for a blank text: the one writer of a block
     * for the editors' readers that build HTML from plain text (Mobiledoc's, Quill's, Notion's, Medium's).
     */
    static void element(StringBuilder html, String tag, String text) {
        if (!text.isBlank()) {
            html.append('<').append(tag).append('>').append(Entities.escape(text.strip())).append("</").append(tag).append('>');
        }
    }

    private static void paragraph(StringBuilder html, String tag, String text) {
        String t = text == null ? "" : text.strip();
        if (!t.isEmpty()) {
            html.append('<').append(tag).append('>').append(MARKUP.matcher(t).matches() ? t : Entities.escape(t))
                    .append("</").append(tag).append('>');
        }
    }
}
