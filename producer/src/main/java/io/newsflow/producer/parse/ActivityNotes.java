package io.newsflow.producer.parse;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An ActivityPub note as a server federates it, out of its {@code Create} activity ({@code {"type": "Note", "content":
 * "<p><strong>Headline</strong></p><p>...", "attributedTo": "https://host/users/harbourtimes", "tag": [{"type":
 * "Hashtag", "name": "#coastguard"}]}}): a post, not an article, so a first paragraph all in bold is its headline (as a
 * Mastodon status's, {@link MastodonStatuses}), and its hashtags are its tags without their "#". The actor is an address,
 * no name.
 */
final class ActivityNotes {

    private ActivityNotes() {
    }

    /** The note as one record; the node itself when it is no ActivityPub note. */
    static JsonNode asArticle(JsonNode node) {
        if (!node.isObject() || !"Note".equals(node.path("type").asText()) || !node.path("content").isTextual() || !node.has("attributedTo")) {
            return node;
        }
        ObjectNode record = ((ObjectNode) node).deepCopy();
        record.remove(List.of("attributedTo", "contentMap", "replies", "to", "cc"));
        MastodonStatuses.boldHeadline(record);
        ArrayNode tags = record.putArray("tags");
        for (JsonNode tag : node.path("tag")) {
            if ("Hashtag".equals(tag.path("type").asText()) && tag.path("name").isTextual()) {
                tags.add(tag.get("name").asText().replaceFirst("^#", ""));
            }
        }
        record.remove("tag");
        return record;
    }
}
