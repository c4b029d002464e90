package io.newsflow.producer.parse;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A content object as Ibexa DXP's REST API gives it (eZ Platform's before it): {@code {"Content": {"Name": ...,
 * "publishedDate": ..., "CurrentVersion": {"Version": {"Fields": {"field": [{"fieldDefinitionIdentifier": "body",
 * "fieldValue": {"xml": "<section xmlns=\"http://docbook.org/ns/docbook\"><para>...</para></section>"}}, ...]}}}}}}: its
 * fields a list named by their definitions, its rich text DocBook XML, its taxonomy a list of entries. Read as one
 * record: each field under its identifier, the rich text as HTML paragraphs, the taxonomy as the entries' names.
 */
final class IbexaContents {
    /** The DocBook wrapper and the XML declaration, which carry no text. */
    private static final Pattern WRAPPER = Pattern.compile("<\\?xml[^>]*\\?>|</?section\\b[^>]*>");
    private static final Pattern PARA = Pattern.compile("<(/?)para\\b[^>]*>");
    private static final Pattern TITLE = Pattern.compile("<(/?)title\\b[^>]*>");

    private IbexaContents() {
    }

    /** The content object as one record; the node itself when it is no such object. */
    static JsonNode flattened(JsonNode node) {
        JsonNode content = node.path("Content");
        JsonNode fields = content.path("CurrentVersion").path("Version").path("Fields").path("field");
        if (!content.isObject() || !fields.isArray()) {
            return node;
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        for (JsonNode field : fields) {
            String name = field.path("fieldDefinitionIdentifier").asText("");
            JsonNode value = field.path("fieldValue");
            if (name.isEmpty() || value.isNull() || value.isMissingNode()) {
                continue;
            }
            if (value.path("xml").isTextual()) {
                record.put(name, html(value.get("xml").asText()));
            } else if (value.path("taxonomy_entries").isArray()) {
                ArrayNode names = record.putArray(name);
                value.get("taxonomy_entries").forEach(entry -> names.add(entry.path("name").asText("")));
            } else {
                record.set(name, value);
            }
        }
        record.putIfAbsent("title", content.get("Name"));
        if (content.path("publishedDate").isTextual()) {
            record.putIfAbsent("publishedAt", content.get("publishedDate"));
        }
        return record;
    }

    /** DocBook's paragraphs and titles as HTML's. */
    static String html(String docbook) {
        String text = WRAPPER.matcher(docbook).replaceAll("");
        text = PARA.matcher(text).replaceAll("<$1p>");
        return TITLE.matcher(text).replaceAll("<$1h2>").strip();
    }
}
