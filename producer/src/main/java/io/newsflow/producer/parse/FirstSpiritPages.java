package io.newsflow.producer.parse;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
        JsonNode form = node.path("page").path("formData");
        form = form.isObject() ? form : node.path("formData");
        if (!node.isObject() || !node.has("fsType") || !form.isObject() || form.isEmpty()) {
            return node;
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> inputs = form.fields(); inputs.hasNext(); ) {
            Map.Entry<String, JsonNode> input = inputs.next();
            JsonNode value = input.getValue().path("value");
            String name = input.getKey().replaceFirst("^[a-z]{2}_", ""); // ("pt_", a page template's; "st_", a section's)
            if (input.getValue().has("fsType") && !value.isMissingNode() && !value.isNull() && !record.has(name)) {
                record.set(name, value);
            }
        }
        return record.isEmpty() ? node : record;
    }
}
