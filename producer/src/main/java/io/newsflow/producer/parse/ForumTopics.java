package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A forum's topic as its API gives it (Discourse's {@code {"title": ..., "created_at": ..., "tags": [...],
 * "post_stream": {"posts": [{"post_number": 1, "name": "Helga Brandt", "username": "hbrandt", "cooked": "<p>..."},
 * ...replies]}}}): the story is the topic's title and its first post, written by that post's writer (by name, not
 * login); the replies after it are readers' comments, no part of the text.
 */
final class ForumTopics {

    private ForumTopics() {
    }

    /** The topic read as an article: its title, its first post's text and writer; other nodes as they are. */
    static JsonNode asArticle(JsonNode node) {
        JsonNode posts = node.path("post_stream").path("posts");
        if (!node.isObject() || !node.path("title").isTextual() || !posts.isArray() || posts.isEmpty()
                || !posts.get(0).path("cooked").isTextual()) {
            return node;
        }
        JsonNode first = posts.get(0);
        ObjectNode topic = ((ObjectNode) node).deepCopy();
        topic.remove("post_stream"); // (the replies: the body search must not take a long comment for the story)
        topic.set("body", first.get("cooked"));
        String name = first.path("name").asText("").isBlank() ? first.path("display_username").asText("") : first.get("name").asText();
        if (!name.isBlank() && !topic.has("author")) {
            topic.put("author", name.strip());
        }
        if (!topic.has("created_at") && first.path("created_at").isTextual()) {
            topic.set("created_at", first.get("created_at"));
        }
        return topic;
    }
}
