package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A content repository's node as Jahia's JCR REST API gives it ({@code {"name": "new-tram-depot", "type": "jnt:news",
 * "path": ..., "properties": {"jcr:title": {"name": "jcr:title", "type": "String", "multiValued": false, "value": ...},
 * "desc": {..., "value": "<p>..."}, "date": {"type": "Date", "value": ...}, "jcr:createdBy": {...}}, "mixins": {...},
 * "_links": {...}}}): each property's value as the record's own field under its name without the namespace
 * ({@code jcr:title} as {@code title}). The node's own name is its path's last step, no headline; a reference's value
 * (an id) and the repository's user who created the node ({@code jcr:createdBy}, a login) are no facts of the story.
 */
final class JcrNodes {

    private JcrNodes() {
    }

    /** The node as one record of its properties' values; any other node as it is. */
    static JsonNode flattened(JsonNode node) {
        JsonNode properties = node.path("properties");
        if (!node.isObject() || !properties.isObject() || !isProperty(properties.path("jcr:title"))
                && !isProperty(properties.path("jcr:created"))) {
            return node;
        }
        // (the repository's user who made or changed the node is a login, and a reference's value an id: neither is kept)
        return JsonRecords.renamed(properties, key -> {
            JsonNode property = properties.get(key);
            String name = key.substring(key.indexOf(':') + 1);
            return isProperty(property) && !property.path("reference").asBoolean(false) && !name.equals("createdBy")
                    && !name.equals("lastModifiedBy") ? name : null;
        }, property -> property.get("value"));
    }

    /** A property as the API writes it: its name, its type and its value. */
    private static boolean isProperty(JsonNode property) {
        return property.isObject() && property.has("name") && property.has("type") && property.has("value");
    }
}
