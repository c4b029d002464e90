package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A post as Telegram's Bot API delivers it ({@code {"update_id": ..., "channel_post": {"message_id": ..., "chat":
 * {"title": "Lakeshore Herald", "username": ..., "type": "channel"}, "date": <epoch seconds>, "text": ..., "entities":
 * [{"offset": 0, "length": 41, "type": "bold"}, ...]}}}), as a channel's bot relays a story: its text the body, a bold
 * span at its start the headline (as the desktop export's bold first line is, {@link TelegramExports}); the channel's
 * title the outlet or the writer ({@link AccountNames}); the ids no facts of the story.
 */
final class TelegramBotUpdates {

    private TelegramBotUpdates() {
    }

    /** The update's post as one record; the node itself when it is no Bot API update. */
    static JsonNode asArticle(JsonNode node) {
        JsonNode post = node.path("channel_post").isObject() ? node.get("channel_post")
                : node.path("edited_channel_post").isObject() ? node.get("edited_channel_post") : node.path("message");
        String text = post.path("text").asText(post.path("caption").asText(""));
        if (!node.isObject() || !node.has("update_id") || text.isBlank() || !post.has("date")) {
            return node;
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        JsonNode first = (post.has("entities") ? post.get("entities") : post.path("caption_entities")).path(0);
        int length = first.path("length").asInt(0);
        if ("bold".equals(first.path("type").asText()) && first.path("offset").asInt(-1) == 0 && length > 0 && length < text.length()) {
            record.put("title", text.substring(0, length).strip()); // (offsets count UTF-16 units, as Java's strings do)
            text = text.substring(length);
        }
        record.put("body_markdown", text.strip());
        record.set("publishedAt", post.get("date"));
        JsonNode chat = post.path("sender_chat").isObject() ? post.get("sender_chat") : post.path("chat");
        AccountNames.credit(record, chat.path("title").asText(""), chat.path("username").asText());
        return record;
    }
}
