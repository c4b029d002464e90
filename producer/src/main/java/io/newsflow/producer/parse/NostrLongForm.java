package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Nostr long-form event (NIP-23, {@code "kind": 30023}): its text in {@code content} (Markdown), its facts as tags,
 * each a list of a name and a value ({@code ["title", ...]}, {@code ["summary", ...]}, {@code ["published_at",
 * "1796468400"]}, {@code ["t", "railways"]}, the first topic the section). Read as one record with those names; the
 * signing key is no writer's name.
 */
final class NostrLongForm {
    private static final int LONG_FORM = 30023;

    private NostrLongForm() {
    }

    /** The event as one record; the node itself when it is no long-form event. */
    static JsonNode asArticle(JsonNode node) {
        if (!node.isObject() || node.path("kind").asInt() != LONG_FORM || !node.path("tags").isArray() || !node.path("content").isTextual()) {
            return node;
        }
        ObjectNode record = ((ObjectNode) node).deepCopy();
        record.remove("tags");
        record.remove("pubkey");
        record.remove("sig");
        for (JsonNode tag : node.get("tags")) {
            String name = tag.path(0).asText("");
            JsonNode value = tag.path(1);
            if (name.equals("title") || name.equals("summary")) {
                record.putIfAbsent(name, value);
            } else if (name.equals("published_at") && value.asText("").matches("\\d{9,11}")) {
                record.putIfAbsent("publishedAt", record.numberNode(Long.parseLong(value.asText())));
            } else if (name.equals("t") && value.isTextual()) {
                record.putIfAbsent("category", value);
            }
        }
        return record;
    }
}
