package io.newsflow.producer.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Ghost site's export, its backup and migration file: {@code {"db": [{"meta": {"version": ...}, "data": {"posts":
 * [...], "users": [...], "posts_authors": [...], "tags": [...], "posts_tags": [...], "settings": [...]}}]}}. Each post is an
 * article: its writers and tags are joined from their tables by id (in their sort order; the first tag is Ghost's primary
 * one, the section), the site's title setting is the outlet, and a body kept only as Mobiledoc ({@link Mobiledocs}) or
 * Lexical is read as the post's HTML. Pages ({@code "type": "page"}) are no articles.
 */
final class GhostExports {

    private GhostExports() {
    }

    /** Whether the node is a Ghost export. */
    static boolean is(JsonNode node) {
        return node.isObject() && node.path("db").path(0).path("data").path("posts").isArray();
    }

    /** The export's posts as articles' JSON objects, each with its writers, primary tag and the site's title. */
    static List<JsonNode> posts(JsonNode export) {
        JsonNode data = export.path("db").path(0).path("data");
        String site = null;
        for (JsonNode setting : data.path("settings")) {
            site = setting.path("key").asText().equals("title") ? setting.path("value").asText(null) : site;
        }
        List<JsonNode> posts = new ArrayList<>();
        for (JsonNode post : data.path("posts")) {
            if (post.isObject() && !post.path("type").asText("post").equals("page")) {
                ObjectNode article = ((ObjectNode) post).deepCopy();
                String id = post.path("id").asText();
                article.set("authors", article.arrayNode().addAll(joined(data, "posts_authors", "author_id", "users", id)));
                List<JsonNode> tags = joined(data, "posts_tags", "tag_id", "tags", id);
                if (!tags.isEmpty()) {
                    article.set("primary_tag", tags.get(0));
                }
                if (site != null) {
                    article.put("publication", site);
                }
                if (post.path("html").asText("").isBlank() && post.path("mobiledoc").isTextual()) {
                    article.put("html", Mobiledocs.html(post.path("mobiledoc").asText()));
                }
                posts.add(article);
            }
        }
        return posts;
    }

    /** The records of {@code table} a link table joins to the post, in the links' sort order. */
    private static List<JsonNode> joined(JsonNode data, String links, String key, String table, String postId) {
        return StreamSupport.stream(data.path(links).spliterator(), false)
                .filter(link -> link.path("post_id").asText().equals(postId))
                .sorted(Comparator.comparingInt(link -> link.path("sort_order").asInt()))
                .flatMap(link -> StreamSupport.stream(data.path(table).spliterator(), false)
                        .filter(record -> record.path("id").asText().equals(link.path(key).asText())).limit(1))
                .toList();
    }
}
