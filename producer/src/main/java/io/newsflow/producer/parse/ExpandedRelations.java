package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A record whose relations are ids, the related records beside it under {@code "expand"} (PocketBase's: {@code
 * "author": "u4x9k2a7m3q8p1z"} and {@code "expand": {"author": {"name": "Beth Crowther"}}}), read with each expanded
 * record in its relation's place: the readers then find the writer's and the category's names where they look.
 */
final class ExpandedRelations {

    private ExpandedRelations() {
    }

    /** The record with its expanded relations in place of their ids; the node itself when it expands none. */
    static JsonNode inlined(JsonNode node) {
        JsonNode expand = node.path("expand");
        if (!node.isObject() || !expand.isObject() || expand.isEmpty()) {
            return node;
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        expand.fields().forEachRemaining(relation -> {
            if (relation.getValue().isContainerNode()) { // (a record, or a list of them for a relation to many)
                copy.set(relation.getKey(), relation.getValue());
            }
        });
        copy.remove("expand");
        return copy;
    }
}
