package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A page as FirstSpirit's Content as a Service gives it ({@code {"fsType": "PageRef", "page": {"fsType": "Page",
 * "formData": {"pt_headline": {"fsType": "CMS_INPUT_TEXT", "name": "pt_headline", "value": ...}, "pt_text": {"fsType":
 * "CMS_INPUT_DOM", "value": "<div><p>..."}, "pt_date": {"fsType": "CMS_INPUT_DATE", ...}}}}}): each input's value as the
 * record's own field, under its name without the template's prefix ({@code pt_headline} as {@code headline}). The
 * template's name, the page's reference name and the editor's login are no facts of the story.
 */
final class FirstSpiritPages {

    private FirstSpiritPages() {
    }

    /** The page as one record of its inputs' values; any other node as it is. */
    static JsonNode asArticle(JsonNode node) {
        JsonNode nested = node.path("page").path("formData");
        JsonNode form = nested.isObject() ? nested : node.path("formData");
        if (!node.isObject() || !node.has("fsType") || !form.isObject() || form.isEmpty()) {
            return node;
        }
        ObjectNode record = JsonRecords.renamed(form, key -> {
            JsonNode value = form.get(key).path("value");
            return form.get(key).has("fsType") && !value.isMissingNode() && !value.isNull()
                    ? key.replaceFirst("^[a-z]{2}_", "") : null; // ("pt_", a page template's prefix; "st_", a section's)
        }, input -> input.get("value"));
        return record.isEmpty() ? node : record;
    }
}
