package io.newsflow.producer.parse;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.nodes.Document;

import io.newsflow.avro.TimeProvenance;

/**
 * Parse.ly's older page tag, its facts in one JSON object: {@code <meta name="parsely-page" content='{"title": ...,
 * "author": "Dana Whitfield", "pub_date": "2026-12-05T18:20:00Z", "section": "Politics", "tags": [...]}'>}, on pages
 * that give them nowhere else; and its newer tags' section ({@code parsely-section}). A malformed object says nothing.
 */
final class ParselyPages {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ParselyPages() {
    }

    /** The writers the page tag names ("author", or "authors" as a list); none when there is no such tag. */
    static List<String> authors(Document doc) {
        JsonNode page = page(doc);
        List<String> names = new ArrayList<>();
        for (JsonNode author : page.has("authors") ? page.path("authors") : List.of(page.path("author"))) {
            if (author.isTextual() && !author.asText().isBlank() && !author.asText().startsWith("http")) {
                names.addAll(HtmlAuthors.authorsOf(author.asText()));
            }
        }
        return names;
    }

    /** Offers the page tag's published date and section, and the newer tags' section, below the page's other metadata. */
    static void read(Document doc, ArticleDraft draft) {
        JsonNode page = page(doc);
        String published = page.path("pub_date").asText(null);
        if (published != null) {
            draft.offerPublished(JsonDates.parseDate(published), TimeProvenance.METADATA, published);
        }
        draft.offerSection(page.path("section").asText(null));
        draft.offerSection(HtmlArticleParser.meta(doc, "parsely-section"));
    }

    private static JsonNode page(Document doc) {
        String json = HtmlArticleParser.meta(doc, "parsely-page");
        try {
            return json == null ? MAPPER.missingNode() : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return MAPPER.missingNode(); // (a malformed tag: the page's other metadata still applies)
        }
    }
}
