package io.newsflow.producer.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A message from a Discord channel as its API gives it ({@code {"id": ..., "channel_id": ..., "content": "**Headline**\n\n
 * ...", "timestamp": ..., "author": {"username": ..., "global_name": ...}, ...}}), as an outlet's announcement channel
 * posts a story: its Markdown the body, a first line all in bold the headline; the author's display name the outlet or
 * the writer ({@link AccountNames}); the ids no facts of the story.
 */
final class DiscordMessages {
    /** A first line all in bold: the post's headline. */
    private static final Pattern BOLD_FIRST = Pattern.compile("^\\s*\\*\\*([^*\\n]{3,200})\\*\\*\\s*(?:\\n|$)");

    private DiscordMessages() {
    }

    /** The message as one record; the node itself when it is no Discord message. */
    static JsonNode asArticle(JsonNode node) {
        JsonNode author = node.path("author");
        if (!node.isObject() || !node.path("content").isTextual() || !node.has("channel_id") || !node.has("timestamp")
                || !author.has("username")) {
            return node;
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        String content = node.get("content").asText();
        Matcher bold = BOLD_FIRST.matcher(content);
        if (bold.find()) {
            record.put("title", bold.group(1).strip());
            content = content.substring(bold.end());
        }
        record.put("body_markdown", content.strip());
        record.set("publishedAt", node.get("timestamp"));
        AccountNames.credit(record, author.path("global_name").asText(""), author.path("username").asText());
        return record;
    }
}
