package io.newsflow.producer.parse;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Mobiledoc, the document format Ghost kept its posts in before Lexical ({@code {"version": "0.3.1", "atoms": [...],
 * "cards": [...], "markups": [...], "sections": [[1, "p", [[0, [], 0, "text"]]], [10, 0], [3, "ul", [[...]]]]}}), read as
 * HTML: a markup section's markers joined as written, a list's items as paragraphs, a Markdown or HTML card as its text;
 * an image's or an embed's card is no text. A document that cannot be read gives no HTML.
 */
final class Mobiledocs {
    private static final int MARKUP_SECTION = 1;
    private static final int LIST_SECTION = 3;
    private static final int CARD_SECTION = 10;
    private static final int ATOM_MARKER = 1;

    private Mobiledocs() {
    }

    /** The document as an HTML fragment; empty when the string is no Mobiledoc. */
    static String html(String mobiledoc) {
        JsonNode doc = JsonRichText.parsed(mobiledoc);
        if (doc == null) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (JsonNode section : doc.path("sections")) {
            int kind = section.path(0).asInt();
            String tag = section.path(1).asText("p").toLowerCase(Locale.ROOT);
            if (kind == MARKUP_SECTION) {
                JsonEditorBlocks.element(html, tag.matches("h[1-6]") ? "h2" : "p", markers(doc, section.path(2)));
            } else if (kind == LIST_SECTION) {
                section.path(2).forEach(item -> JsonEditorBlocks.element(html, "p", markers(doc, item)));
            } else if (kind == CARD_SECTION) {
                JsonNode card = doc.path("cards").path(section.path(1).asInt());
                String name = card.path(0).asText();
                if (name.equals("html")) {
                    html.append(card.path(1).path("html").asText(""));
                } else if (name.equals("markdown")) {
                    for (String paragraph : card.path(1).path("markdown").asText("").split("\\n\\s*\\n")) {
                        JsonEditorBlocks.element(html, "p", paragraph.replaceFirst("^#+\\s*", ""));
                    }
                }
            }
        }
        return html.toString();
    }

    /** A section's text: its text markers' values, an atom's text, joined as written. */
    private static String markers(JsonNode doc, JsonNode markers) {
        StringBuilder text = new StringBuilder();
        for (JsonNode marker : markers) {
            text.append(marker.path(0).asInt() == ATOM_MARKER
                    ? doc.path("atoms").path(marker.path(3).asInt()).path(1).asText("") : marker.path(3).asText(""));
        }
        return text.toString();
    }
}
