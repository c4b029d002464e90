package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Rich text as the Quill editor stores it, a delta: {@code {"ops": [{"insert": "Text "}, {"insert": "bold", "attributes":
 * {"bold": true}}, {"insert": "\n", "attributes": {"header": 2}}, {"insert": {"image": "..."}}]}}. Its text runs on across
 * the inserts, a line break ends a line, and the attributes of the break (a header, a list, a quote) say what the line
 * was; an insert that is an object is an embed (a picture, a video), no text. Read as HTML: each line a paragraph, or a
 * heading where its break says so.
 */
final class QuillDeltas {

    private QuillDeltas() {
    }

    /** The delta's lines as an HTML fragment, or null when the value is no delta (or holds no text). */
    static String html(JsonNode value) {
        JsonNode ops = value == null ? null : value.isArray() ? value : value.path("ops");
        if (ops == null || !ops.isArray() || ops.isEmpty() || !ops.get(0).has("insert")) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (JsonNode op : ops) {
            if (!op.path("insert").isTextual()) {
                continue; // (an embed)
            }
            String[] pieces = op.get("insert").asText().split("\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                line.append(pieces[i]);
                if (i < pieces.length - 1) { // a break: the line ends, as its attributes say
                    boolean heading = op.path("attributes").has("header");
                    close(html, line, heading ? "h2" : "p");
                }
            }
        }
        close(html, line, "p");
        return html.isEmpty() ? null : html.toString();
    }

    private static void close(StringBuilder html, StringBuilder line, String tag) {
        JsonEditorBlocks.element(html, tag, line.toString());
        line.setLength(0);
    }
}
