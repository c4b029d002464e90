package io.newsflow.producer.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;

/**
 * A page or blog post as Confluence's REST API gives it ({@code {"id": ..., "type": "blogpost", "title": ..., "space":
 * {"key": ..., "name": ...}, "history": {"createdBy": {"displayName": ...}, "createdDate": ...}, "version": {"by": ...,
 * "when": ..., "number": 3}, "body": {"storage": {"value": "<p>...</p><ac:structured-macro ...>"}}}}), as an
 * organisation's newsroom posts in its wiki. Its creator is the writer and its creation the publication (the version's
 * are the last edit's); its body the storage format's XHTML, whose macros keep the text they show (an info panel's rich
 * text, a link's own words) and lose their parameters; the space is where it is filed, no outlet.
 */
final class ConfluenceContents {
    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);

    private ConfluenceContents() {
    }

    /** The content as one record; the node itself when it is no Confluence content. */
    static JsonNode asArticle(JsonNode node) {
        JsonNode body = node.path("body").path("storage").path("value").isTextual() ? node.path("body").path("storage")
                : node.path("body").path("view");
        if (!body.path("value").isTextual() || !node.path("space").has("key") || !node.has("version") || !node.path("title").isTextual()) {
            return node;
        }
        ObjectNode record = node.deepCopy();
        record.remove(List.of("space", "version", "history", "body", "_links", "_expandable", "extensions", "type", "status"));
        // (a link's own words are character data, which an HTML parser takes for a comment: written out as text first)
        String value = CDATA.matcher(body.get("value").asText()).replaceAll(m -> Matcher.quoteReplacement(Entities.escape(m.group(1))));
        Element xhtml = Jsoup.parseBodyFragment(value).body();
        for (Element link : xhtml.select("ac|link")) { // its own words, else none (a resource's tag holds no text)
            Element words = link.selectFirst("ac|plain-text-link-body, ac|link-body");
            link.replaceWith(new TextNode(words == null ? "" : words.text()));
        }
        xhtml.select("ac|parameter, ri|page, ri|attachment, ri|user, ac|plain-text-body").remove();
        record.put("body", xhtml.html());
        JsonNode creator = node.path("history").path("createdBy");
        String writer = creator.path("displayName").asText(creator.path("publicName").asText(""));
        if (!writer.isBlank()) {
            record.put("author", writer);
        }
        if (node.path("history").path("createdDate").isTextual()) {
            record.set("datePublished", node.path("history").get("createdDate"));
        }
        return record;
    }
}
