package io.newsflow.producer.parse;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Reddit thread as its JSON answers ({@code [{"kind": "Listing", "data": {"children": [{"kind": "t3", "data":
 * {"title": ..., "selftext": ..., "author": ..., "created_utc": 1796466600.0, "link_flair_text": "Council"}}]}},
 * {"kind": "Listing", "data": {"children": [{"kind": "t1", ...}]}}]}): the posts ({@code t3}) are the articles, their
 * text in Markdown, their flair the section, their creation time the date; the comments ({@code t1}) are no article,
 * and a poster's user name is a handle, no writer's name.
 */
final class RedditThreads {

    private RedditThreads() {
    }

    /** The answer's posts as a list of records; any other node as it is. */
    static JsonNode listed(JsonNode root) {
        ArrayNode posts = JsonNodeFactory.instance.arrayNode();
        for (JsonNode listing : root.isArray() ? root : List.of(root)) {
            if (!"Listing".equals(listing.path("kind").asText()) || !listing.path("data").path("children").isArray()) {
                continue;
            }
            for (JsonNode child : listing.get("data").get("children")) {
                if ("t3".equals(child.path("kind").asText()) && child.path("data").isObject()) {
                    posts.add(post(child.get("data")));
                }
            }
        }
        return posts.isEmpty() ? root : posts;
    }

    private static JsonNode post(JsonNode data) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.set("title", data.path("title"));
        record.put("body_markdown", data.path("selftext").asText(""));
        record.put("publishedAt", data.path("created_utc").asLong());
        if (data.path("link_flair_text").isTextual()) {
            record.set("category", data.get("link_flair_text"));
        }
        if (data.path("url").isTextual()) {
            record.set("url", data.get("url"));
        }
        return record;
    }
}
