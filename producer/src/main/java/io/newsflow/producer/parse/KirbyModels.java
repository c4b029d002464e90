package io.newsflow.producer.parse;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A page as Kirby's REST API answers for it ({@code {"code": 200, "status": "ok", "type": "model", "data": {"content":
 * {"title": ..., "date": ..., "text": "KirbyText ...", "author": "- user://..."}, "id": ..., "template": ..., "url":
 * ...}}}): its content fields are the record (its page's address beside them), its text KirbyText, whose tags are read
 * as the words they show ("(link: /history text: market hall)" as "market hall"); a users field names accounts, not
 * writers. Without it the content object itself was taken for the body.
 */
final class KirbyModels {
    /** A KirbyText tag: "(link: /history text: market hall)", "(image: roof.jpg)"; group 1 is the text it shows, if any. */
    private static final Pattern TAG = Pattern.compile("\\((?:link|email|tel|file|image|video):\\s*[^()\\s]+(?:\\s+text:\\s*([^()]*?))?"
            + "(?:\\s+\\w+:\\s*[^()]*?)?\\)");

    private KirbyModels() {
    }

    /** The page's content as one record; any other node as it is. */
    static JsonNode asArticle(JsonNode node) {
        JsonNode data = node.path("data");
        if (!node.isObject() || !"model".equals(node.path("type").asText()) || !data.path("content").isObject()) {
            return node;
        }
        ObjectNode record = ((ObjectNode) data.get("content")).deepCopy();
        if (record.path("text").isTextual()) {
            record.put("text", TAG.matcher(record.get("text").asText()).replaceAll(m -> m.group(1) == null ? "" : m.group(1)));
        }
        if (record.path("author").asText("").contains("user://")) {
            record.remove("author"); // ("- user://a8Kq2Lpz": a users field's account, no name)
        }
        if (data.path("url").isTextual()) {
            record.set("url", data.get("url"));
        }
        return record;
    }
}
