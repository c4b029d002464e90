package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Magnolia's delivery answer holds a page's text in an area of components, each a child node named in the area's
 * {@code "@nodes"} list ({@code "main": {"0": {"text": "<p>..."}, "1": {"image": ...}, "@nodes": ["0", "1"]}}): the
 * components' texts, in that order, are the body. Any other node holds none.
 */
final class MagnoliaAreas {

    /** The names an area of the page is commonly given. */
    private static final String[] AREAS = {"main", "content", "body"};

    private MagnoliaAreas() {
    }

    /** The texts of the first area's components as an HTML fragment, or null when the node has no such area. */
    static String html(JsonNode page) {
        for (String name : AREAS) {
            JsonNode area = page.path(name);
            if (!area.path("@nodes").isArray() || !area.path("@nodeType").asText("").startsWith("mgnl:")) {
                continue;
            }
            StringBuilder html = new StringBuilder();
            for (JsonNode child : area.get("@nodes")) {
                String text = area.path(child.asText()).path("text").asText("");
                if (!text.isBlank()) {
                    html.append(text.strip().startsWith("<") ? text : "<p>" + text + "</p>");
                }
            }
            if (!html.isEmpty()) {
                return html.toString();
            }
        }
        return null;
    }
}
