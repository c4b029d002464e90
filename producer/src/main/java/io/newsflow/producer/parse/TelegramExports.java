package io.newsflow.producer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A channel's history as Telegram Desktop exports it ({@code result.json}): {@code {"name": "Harbour Town News", "type":
 * "public_channel", "messages": [...]}}. Each message is a post; its text is a string or a list of strings and entities
 * ({@code {"type": "bold", "text": ...}}, hashtags, links). A post that opens with a bold line has that line as its
 * headline; hashtags are the channel's tags, no text of the post; the channel's name is the outlet and a post's signature
 * ({@code "author"}) its writer. Service messages (a pinned post, a changed title) and posts without text are left out.
 */
final class TelegramExports {

    /** The kinds of chat Telegram Desktop exports (its {@code "type"}), checked on every JSON document's root. */
    private static final Pattern CHAT_TYPES = Pattern.compile("(?:public|private)_(?:channel|group|supergroup)|personal_chat");

    private TelegramExports() {
    }

    /** Whether the node is a channel's or a chat's exported history. */
    static boolean is(JsonNode node) {
        return node.isObject() && node.path("messages").isArray() && node.path("name").isTextual()
                && CHAT_TYPES.matcher(node.path("type").asText("")).matches();
    }

    /** The posts of the export as articles' JSON objects ({@code title}, {@code text}, {@code date}, {@code author}, {@code source}). */
    static List<JsonNode> posts(JsonNode export) {
        List<JsonNode> posts = new ArrayList<>();
        for (JsonNode message : export.path("messages")) {
            if (!"message".equals(message.path("type").asText())) {
                continue;
            }
            ObjectNode post = post(export.path("name").asText(), message);
            if (!post.path("text").asText().isBlank()) {
                posts.add(post);
            }
        }
        return posts;
    }

    private static ObjectNode post(String channel, JsonNode message) {
        ObjectNode post = JsonNodeFactory.instance.objectNode();
        StringBuilder text = new StringBuilder();
        JsonNode parts = message.path("text");
        if (parts.isTextual()) {
            text.append(parts.asText());
        }
        for (int i = 0; parts.isArray() && i < parts.size(); i++) {
            JsonNode part = parts.get(i);
            String type = part.path("type").asText("");
            if (i == 0 && "bold".equals(type)) {
                post.put("title", part.path("text").asText().strip()); // the post's first bold line: its headline
            } else if (part.isTextual()) {
                text.append(part.asText());
            } else if (!"hashtag".equals(type)) {
                text.append(part.path("text").asText(""));
            }
        }
        post.put("text", text.toString().strip());
        post.put("date", message.path("date").asText(""));
        if (message.path("author").isTextual()) {
            post.put("author", message.get("author").asText());
        }
        post.put("source", channel);
        return post;
    }
}
