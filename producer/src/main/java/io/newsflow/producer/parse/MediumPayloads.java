package io.newsflow.producer.parse;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Medium story as its own JSON answer gives it ({@code ?format=json}, behind its guard: {@link JsonGuards}): {@code
 * {"payload": {"value": {"title": ..., "creatorId": ..., "homeCollectionId": ..., "firstPublishedAt": <epoch ms>,
 * "content": {"subtitle": ..., "bodyModel": {"paragraphs": [{"type": 1, "text": ...}, ...]}}, "virtuals": {"tags":
 * [...]}}, "references": {"User": {...}, "Collection": {...}}}}}. The text is a list of typed paragraphs (1 a paragraph,
 * 3 and 13 headings, 6 and 7 quotes, 8 code, 9 and 10 list items, 4 an image's caption), the headline and standfirst
 * among them; the writer and the publication are references by id. Read as one record: the paragraphs as HTML without
 * the headline, standfirst and captions, the writer's and the publication's names, the first tag as the category.
 */
final class MediumPayloads {

    private MediumPayloads() {
    }

    /** The story as one record; the node itself when it is no such answer. */
    static JsonNode asArticle(JsonNode node) {
        JsonNode value = node.path("payload").path("value");
        JsonNode paragraphs = value.path("content").path("bodyModel").path("paragraphs");
        if (!value.isObject() || !paragraphs.isArray()) {
            return node;
        }
        JsonNode references = node.path("payload").path("references");
        ObjectNode record = ((ObjectNode) value).deepCopy();
        record.remove(List.of("content", "virtuals"));
        String title = value.path("title").asText("");
        String subtitle = value.path("content").path("subtitle").asText("");
        record.put("subtitle", subtitle);
        record.put("body", html(paragraphs, title, subtitle));
        setPresent(record, "author", references.path("User").path(value.path("creatorId").asText("")).path("name"));
        setPresent(record, "publication", references.path("Collection").path(value.path("homeCollectionId").asText("")).path("name"));
        setPresent(record, "publishedAt", value.path("firstPublishedAt"));
        setPresent(record, "category", value.path("virtuals").path("tags").path(0).path("name"));
        return record;
    }

    /** Sets the field only when the answer holds it: a reference or a tag it lacks is no value (not a missing node kept). */
    private static void setPresent(ObjectNode record, String name, JsonNode value) {
        if (!value.isMissingNode() && !value.isNull()) {
            record.set(name, value);
        }
    }

    private static String html(JsonNode paragraphs, String title, String subtitle) {
        StringBuilder html = new StringBuilder();
        for (JsonNode p : paragraphs) {
            String text = p.path("text").asText("");
            String tag = switch (p.path("type").asInt()) {
                case 1 -> "p";
                case 3, 13 -> text.equals(title) || text.equals(subtitle) ? null : "h3";
                case 6, 7 -> "blockquote";
                case 8 -> "pre";
                case 9, 10 -> "li";
                default -> null; // (4: an image's caption; 11: an embed)
            };
            if (tag != null) {
                JsonEditorBlocks.element(html, tag, text);
            }
        }
        return html.toString();
    }
}
