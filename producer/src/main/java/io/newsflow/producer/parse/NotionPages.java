package io.newsflow.producer.parse;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Notion page as its API gives it, saved with its blocks ({@code {"page": {"object": "page", "properties": {"Name":
 * {"type": "title", "title": [{"plain_text": ...}]}, "Author": {"type": "people", "people": [{"name": ...}]},
 * "Published": {"type": "date", "date": {"start": ...}}, "Tags": {"type": "multi_select", ...}}}, "blocks": [{"type":
 * "paragraph", "paragraph": {"rich_text": [{"plain_text": ...}]}}, ...]}}): its facts are the database's typed
 * properties, named as its owner chose, and its text a list of typed blocks, each holding its pieces under its type's
 * name. Read as one record: the title property as the title, people as the authors, the first date as the date, the
 * first option of a select as the category, the text blocks as HTML (an image's caption, an embed, no text).
 */
final class NotionPages {
    private static final Set<String> PARAGRAPHS = Set.of("paragraph", "quote", "callout", "bulleted_list_item", "numbered_list_item");
    private static final Set<String> HEADINGS = Set.of("heading_1", "heading_2", "heading_3");

    private NotionPages() {
    }

    /** The page and its blocks as one record; the node itself when it is no such page. */
    static JsonNode asArticle(JsonNode node) {
        JsonNode page = node.path("page").isObject() ? node.get("page") : node;
        JsonNode blocks = node.path("blocks").isArray() ? node.get("blocks") : page.path("children");
        if (!page.path("object").asText("").equals("page") || !page.path("properties").isObject() || !blocks.isArray()) {
            return node;
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = page.get("properties").fields(); it.hasNext(); ) {
            JsonNode property = it.next().getValue();
            switch (property.path("type").asText("")) {
                case "title" -> record.putIfAbsent("title", record.textNode(text(property.get("title"))));
                case "people" -> record.putIfAbsent("authors", property.get("people"));
                case "date" -> record.putIfAbsent("publishedAt", property.path("date").path("start"));
                case "multi_select" -> record.putIfAbsent("category", property.get("multi_select").path(0).path("name"));
                case "select" -> record.putIfAbsent("category", property.path("select").path("name"));
                default -> { } // (a status, a checkbox, a number: no article's fact)
            }
        }
        StringBuilder html = new StringBuilder();
        for (JsonNode block : blocks) {
            String type = block.path("type").asText("");
            String tag = PARAGRAPHS.contains(type) ? "p" : HEADINGS.contains(type) ? "h2" : null;
            if (tag != null) {
                JsonEditorBlocks.element(html, tag, text(block.path(type).path("rich_text")));
            }
        }
        record.put("body", html.toString());
        return record;
    }

    /** A rich text's pieces joined as written. */
    private static String text(JsonNode richText) {
        StringBuilder text = new StringBuilder();
        richText.forEach(piece -> text.append(piece.path("plain_text").asText("")));
        return text.toString().strip();
    }
}
