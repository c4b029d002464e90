package io.newsflow.producer.parse;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A headless CMS's field values that stand for something else: a related record (an author, a category) wrapped in
 * the system's own envelope, and a field given per locale. {@link JsonFields} and {@link JsonAuthors} read through them.
 */
final class JsonRecords {
    /** "en-US", "de", "pt-BR": a locale's code as a localised field's key. */
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2}(?:[-_][A-Za-z]{2,4})?");

    /**
     * A field a headless CMS gives per locale (Contentful: {@code "title": {"en-US": "..."}}): its first locale's value;
     * any other value as it is.
     */
    static JsonNode localised(JsonNode value) {
        if (value == null || !value.isObject() || value.isEmpty()) {
            return value;
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            if (!LOCALE.matcher(names.next()).matches()) {
                return value;
            }
        }
        return value.elements().next();
    }

    private JsonRecords() {
    }

    /**
     * A related record as a headless CMS gives it: Strapi's {@code {"data": {"id": 17, "attributes": {"name": ...}}}}
     * for an author or a category (a list under {@code "data"} for several), Contentful's {@code {"sys": {...},
     * "fields": {"name": ...}}}, Builder.io's {@code {"model": ..., "value": {...}}}, read as the record itself; any other
     * value as it is.
     */
    static JsonNode relation(JsonNode value) {
        JsonNode v = localised(value);
        if (v != null && v.isObject() && (v.size() <= 2 || v.path("link_type").asText("").equals("Document"))
                && v.has("data") && !v.get("data").isValueNode() && !v.path("name").isTextual()) { // (a record named beside its data is itself)
            v = v.get("data"); // {"data": {...}, "meta": {...}} at most; Prismic's linked document: {"id": ..., "data": {...}}
        }
        if (v != null && v.isObject() && v.path("attributes").isObject()) {
            v = v.get("attributes");
        }
        if (v != null && v.isObject() && v.size() == 1 && (v.path("node").isObject() || v.path("items").isArray())) {
            v = v.path("node").isObject() ? v.get("node") : v.get("items"); // WPGraphQL's edge; Contentful's {"items": [...]}
        }
        if (v != null && v.isObject() && v.path("fields").isObject() && !v.has("name") && !v.has("title")) {
            // Contentful's linked entry: {"sys": {"id": ...}, "fields": {"name": ...}}; Agility's {"contentID": 41, "fields": ...}
            v = v.get("fields");
        }
        if (v != null && v.isObject() && v.path("value").isObject() && (v.has("model") || v.path("@type").asText("").endsWith("Reference"))) {
            v = v.get("value"); // Builder.io's resolved reference: {"@type": "@builder.io/core:Reference", "model": ..., "value": {...}}
        }
        return v;
    }

    /**
     * A copy of the object with each field renamed and its value mapped, the first field written winning a name two share
     * ("Title" and "title"); a field whose new name is null is left out. The shape readers' one copy (PascalCase fields,
     * a record's prefixed names, a table's columns).
     */
    static ObjectNode renamed(JsonNode object, UnaryOperator<String> name, UnaryOperator<JsonNode> value) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String renamed = name.apply(field.getKey());
            if (renamed != null && !copy.has(renamed)) {
                copy.set(renamed, value.apply(field.getValue()));
            }
        }
        return copy;
    }

    /**
     * The first category a wiki shows of a page's list ({@code action=parse}'s {@code [{"hidden": "", "*": "Published"},
     * {"*": "Transport"}]}): a hidden one is the wiki's own bookkeeping, not the story's subject. Its name has underscores
     * for spaces ("Public_transport"). Null when every one is hidden.
     */
    static String shownCategory(JsonNode categories) {
        for (JsonNode category : categories) {
            if (!category.has("hidden") && category.path("*").isTextual() && !category.get("*").asText().isBlank()) {
                return category.get("*").asText().replace('_', ' ').strip();
            }
        }
        return null;
    }

    /**
     * A field's name in camelCase, its words parted by spaces, underscores or hyphens: a table's column "Publish Date" as
     * "publishDate", "author_name" as "authorName", "published-at" as "publishedAt" (the record shapes' one renamer);
     * null for a blank name.
     */
    static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        for (String word : column.strip().split("[\\s_-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            name.append(name.length() == 0 ? word.substring(0, 1).toLowerCase(Locale.ROOT)
                    : word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return name.isEmpty() ? null : name.toString();
    }
}
