package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;

/**
 * The fields of a WordPress REST API post ({@code /wp-json/wp/v2/posts?_embed}) that the usual
 * names miss: the author's name under {@code _embedded.author} (the top-level {@code author} is a
 * numeric id), the first category under {@code _embedded["wp:term"]}, and the site's name from
 * Yoast's {@code yoast_head_json.og_site_name}. Its {@code title}, {@code excerpt} and
 * {@code content} are objects whose {@code rendered} value is HTML ({@link JsonFields#text} reads it;
 * only such values are read as HTML, other JSON text being plain).
 */
final class WordPressFields {

    private WordPressFields() {
    }

    /** The embedded authors' array, or null when the post embeds none. */
    static JsonNode embeddedAuthors(JsonNode node) {
        JsonNode authors = node.path("_embedded").path("author");
        return authors.isArray() && !authors.isEmpty() ? authors : null;
    }

    /** The name of the post's first category, or null. */
    static String category(JsonNode node) {
        for (JsonNode terms : node.path("_embedded").path("wp:term")) {
            for (JsonNode term : terms) {
                if ("category".equals(term.path("taxonomy").asText()) && !term.path("name").asText().isBlank()) {
                    return plain(term.path("name").asText());
                }
            }
        }
        return null;
    }

    /** The site's name as Yoast's SEO fields give it, or null. */
    static String siteName(JsonNode node) {
        String name = node.path("yoast_head_json").path("og_site_name").asText();
        return name.isBlank() ? null : name.strip();
    }

    /**
     * Text without its markup and entities ("Denmark&#8217;s" gives "Denmark’s"): WordPress renders
     * titles and excerpts as HTML. Text with neither is returned as it is.
     */
    static String plain(String text) {
        if (text == null || text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        String plain = Jsoup.parse(text).text().strip();
        return plain.isEmpty() ? null : plain;
    }
}
