package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A story document as NPR's Content Distribution Service answers ({@code {"resources": [{"id": ..., "title": ...,
 * "teaser": ..., "publishDateTime": ..., "bylines": [{"href": "#/assets/123"}], "layout": [{"href": "#/assets/124"},
 * ...], "assets": {"123": {"profiles": [{"href": "/v1/profiles/byline"}], "name": ...}, "124": {"profiles": [{"href":
 * "/v1/profiles/text"}], "text": "<p>..."}}}]}}): the story is its layout's assets in order, of which the text assets are
 * the body (a promo card, an image or an audio asset is not), and its bylines point at assets that name the writers.
 * Each document of an answer is an article.
 */
final class NprDocuments {

    private NprDocuments() {
    }

    /** The answer's documents, each as one record; the node itself when it is no CDS answer. */
    static JsonNode listed(JsonNode node) {
        JsonNode resources = node.path("resources");
        if (!resources.isArray() || resources.isEmpty() || !resources.get(0).path("layout").isArray()
                || !resources.get(0).path("assets").isObject()) {
            return node;
        }
        ArrayNode documents = JsonNodeFactory.instance.arrayNode();
        resources.forEach(document -> documents.add(asRecord(document)));
        return documents;
    }

    private static JsonNode asRecord(JsonNode document) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.set("title", document.path("title"));
        record.set("lead", document.path("teaser"));
        record.set("publishedAt", document.path("publishDateTime"));
        JsonNode assets = document.path("assets");
        ArrayNode writers = record.putArray("authors");
        for (JsonNode byline : document.path("bylines")) {
            JsonNode asset = asset(assets, byline);
            if (asset.path("name").isTextual()) {
                writers.add(asset.get("name").asText());
            }
        }
        StringBuilder body = new StringBuilder();
        for (JsonNode item : document.path("layout")) {
            JsonNode asset = asset(assets, item);
            if (hasProfile(asset, "/v1/profiles/text") && asset.path("text").isTextual()) {
                body.append(asset.get("text").asText());
            }
        }
        record.put("body", body.toString());
        return record;
    }

    /** The asset a reference points at ("#/assets/123"), or a missing node. */
    private static JsonNode asset(JsonNode assets, JsonNode reference) {
        String href = reference.path("href").asText("");
        return href.startsWith("#/assets/") ? assets.path(href.substring("#/assets/".length())) : assets.path("");
    }

    private static boolean hasProfile(JsonNode asset, String profile) {
        for (JsonNode p : asset.path("profiles")) {
            if (profile.equals(p.path("href").asText())) {
                return true;
            }
        }
        return false;
    }
}
