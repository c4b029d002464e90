package io.newsflow.producer.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsflow.producer.parse.text.PersonNames;

/**
 * A community's wall post as VK's API answers {@code wall.get} or {@code wall.getById} ({@code {"response": {"items":
 * [{"id": ..., "owner_id": -51234567, "date": <epoch seconds>, "post_type": "post", "text": ...}], "groups": [{"id":
 * 51234567, "name": "Тверские новости", "screen_name": ...}]}}), as a news community posts a story: its text the body,
 * its first line the headline when it stands alone as one (short, no full stop, a blank line after it); the community
 * the post's owner names (a negative owner id is a community's) the outlet (a writer when it is a person's name); the
 * likes, reposts and views no fact of the story. An answer with several posts is an article for each.
 */
final class VkWallPosts {
    /** A first line standing alone as a headline: up to 150 characters, no closing stop, then a blank line. */
    private static final Pattern HEADLINE = Pattern.compile("^\\s*([^\\n]{3,150}?)(?<![.!?…:])\\s*\\n\\s*\\n");

    private VkWallPosts() {
    }

    /** The answer's posts, each as one record; the node itself when it is no VK wall answer. */
    static JsonNode listed(JsonNode node) {
        JsonNode items = node.path("response").path("items");
        JsonNode first = items.path(0);
        if (!first.path("text").isTextual() || !first.has("owner_id") || !first.has("date") || !first.has("post_type")) {
            return node;
        }
        ArrayNode posts = JsonNodeFactory.instance.arrayNode();
        items.forEach(post -> posts.add(asRecord(post, node.path("response").path("groups"))));
        return posts;
    }

    private static JsonNode asRecord(JsonNode post, JsonNode groups) {
        ObjectNode record = ((ObjectNode) post).deepCopy();
        record.remove(List.of("likes", "reposts", "views", "comments", "attachments", "copy_history"));
        String text = post.path("text").asText();
        Matcher headline = HEADLINE.matcher(text);
        if (headline.find() && headline.end() < text.strip().length()) {
            record.put("title", headline.group(1).strip());
            text = text.substring(headline.end());
        }
        record.put("text", text.strip());
        record.set("publishedAt", post.get("date"));
        long owner = -post.path("owner_id").asLong();
        for (JsonNode group : groups) {
            String name = group.path("name").asText("").strip();
            if (group.path("id").asLong() == owner && !name.isEmpty() && !name.equals(group.path("screen_name").asText())) {
                record.put(PersonNames.isName(name) ? "author" : "publisher", name); // (a community, not an account: its name
                // is its own in whatever case, "Тверские новости", unless a person's page is named for them)
            }
        }
        return record;
    }
}
