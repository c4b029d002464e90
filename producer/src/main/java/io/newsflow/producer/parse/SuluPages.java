package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A page as Sulu CMS's headless API gives it ({@code {"id": ..., "type": "page", "template": "article", "content":
 * {"title": ..., "article": "<p>...", "author_name": ...}, "view": {...}, "extension": {"excerpt": {"categories":
 * [{"name": ...}], "tags": [...]}, "seo": {...}}, "author": "<contact id>", "authored": ...}}): the template's own
 * fields under {@code content}, named as its author chose (the text often under the template's name for it), the
 * page's taxonomy in its excerpt, its writer's account an id. Read as one record: the content's fields, a rich-text
 * field named {@code article} as the body, a field named for the writer's name as the author, the first category,
 * {@code authored} as the date.
 */
final class SuluPages {

    private SuluPages() {
    }

    /** The page as one record; the node itself when it is no such page. */
    static JsonNode asArticle(JsonNode node) {
        if (!node.isObject() || !node.path("template").isTextual() || !node.path("content").isObject()
                || !node.path("extension").isObject()) {
            return node;
        }
        ObjectNode record = ((ObjectNode) node.get("content")).deepCopy();
        if (record.path("article").isTextual()) {
            record.putIfAbsent("body", record.remove("article"));
        }
        JsonNode writer = record.path("author_name").isTextual() ? record.remove("author_name") : null;
        if (writer != null) {
            record.putIfAbsent("author", writer);
        }
        JsonNode category = node.get("extension").path("excerpt").path("categories").path(0).path("name");
        if (category.isTextual()) {
            record.putIfAbsent("category", category);
        }
        if (node.path("authored").isTextual()) {
            record.putIfAbsent("publishedAt", node.get("authored"));
        }
        return record;
    }
}
