package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A document as Google Docs' API gives it ({@code documents.get}: {@code {"documentId": ..., "title": "FINAL ferry story
 * v3", "body": {"content": [{"paragraph": {"elements": [{"textRun": {"content": "...\n"}}], "paragraphStyle":
 * {"namedStyleType": "TITLE"}}}, ...]}, "revisionId": ...}}), as a newsroom drafts a story in one. The document's title
 * is its file's name; the paragraph styled as the title is the headline, the subtitle the standfirst, headings the
 * story's headings, listed paragraphs a list; each paragraph's text its runs joined (a run ends where a style changes,
 * mid-sentence). Read as one record with the story as HTML; the file's name is the headline only when no paragraph is.
 */
final class GoogleDocsDocuments {

    private GoogleDocsDocuments() {
    }

    /** The document as one record; the node itself when it is no Google Docs document. */
    static JsonNode asArticle(JsonNode node) {
        JsonNode content = node.path("body").path("content");
        if (!node.has("documentId") || !content.isArray() || !node.has("revisionId") && !node.has("documentStyle")) {
            return node;
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        StringBuilder html = new StringBuilder();
        boolean inList = false;
        for (JsonNode element : content) {
            JsonNode paragraph = element.path("paragraph");
            String text = text(paragraph);
            if (text.isBlank()) {
                continue;
            }
            String style = paragraph.path("paragraphStyle").path("namedStyleType").asText("NORMAL_TEXT");
            boolean listed = paragraph.has("bullet");
            if (inList && !listed) {
                html.append("</ul>");
            }
            if (style.equals("TITLE") && !record.has("title")) {
                record.put("title", text);
            } else if (style.equals("SUBTITLE") && !record.has("lead")) {
                record.put("lead", text);
            } else if (style.startsWith("HEADING_")) {
                JsonEditorBlocks.element(html, "h3", text);
            } else {
                html.append(listed && !inList ? "<ul>" : "");
                JsonEditorBlocks.element(html, listed ? "li" : "p", text);
            }
            inList = listed;
        }
        html.append(inList ? "</ul>" : "");
        if (!record.has("title") && node.path("title").isTextual()) {
            record.set("title", node.get("title"));
        }
        record.put("body", html.toString());
        return record;
    }

    /** A paragraph's text: its runs joined, without the closing line break. */
    private static String text(JsonNode paragraph) {
        StringBuilder text = new StringBuilder();
        for (JsonNode part : paragraph.path("elements")) {
            text.append(part.path("textRun").path("content").asText(""));
        }
        return text.toString().replace('\u000b', ' ').strip(); // (a line break inside the paragraph: a vertical tab)
    }
}
