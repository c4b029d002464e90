package io.newsflow.producer.parse;

import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page marked up with RDFa's schema.org attributes ({@code <div vocab="https://schema.org/" typeof="NewsArticle">},
 * {@code <h2 property="headline">}, {@code <span property="author" typeof="Person"><span property="name">}) instead of
 * microdata's: its attributes are copied to microdata's ({@code itemprop}, {@code itemscope}, {@code itemtype}) so the
 * readers of microdata read it too. Only schema.org's article properties are copied, and Dublin Core's date of a
 * document and the name of its creator's account as Drupal 7 writes them; Open Graph's {@code property="og:..."} meta tags
 * keep their own reading.
 */
final class RdfaProperties {
    private static final Set<String> ARTICLE = Set.of("headline", "alternativeHeadline", "name", "author", "creator",
            "datePublished", "dateModified", "articleSection", "articleBody", "description", "publisher");

    /** Dublin Core's terms for the time a document was made or issued, as RDFa writes them (Drupal 7's nodes). */
    private static final Set<String> DUBLIN_CORE_DATES = Set.of("dc:date", "dc:created", "dc:issued", "dcterms:created", "dcterms:issued");

    private RdfaProperties() {
    }

    /** Copies the page's RDFa article properties and types to microdata's attributes, where it has none of its own. */
    static void asMicrodata(Document doc) {
        for (Element e : doc.select("[property]:not(meta)")) {
            String property = e.attr("property").replaceFirst("^schema:", "");
            List<String> terms = List.of(e.attr("property").split("\\s+"));
            if (ARTICLE.contains(property) && !e.hasAttr("itemprop")) {
                e.attr("itemprop", property);
            } else if (!e.hasAttr("itemprop") && e.hasAttr("content") && terms.stream().anyMatch(DUBLIN_CORE_DATES::contains)) {
                e.attr("itemprop", "datePublished"); // Drupal's "Submitted by ... on ...": <span property="dc:date dc:created" content=...>
            } else if (!e.hasAttr("itemprop") && terms.contains("foaf:name") && e.closest("[rel~=sioc:has_creator]") != null) {
                e.attr("itemprop", "author"); // (and its writer: the account's name in the creator's element)
            }
        }
        for (Element e : doc.select("[typeof]")) {
            if (!e.hasAttr("itemscope")) {
                e.attr("itemscope", "").attr("itemtype", "https://schema.org/" + e.attr("typeof").replaceFirst("^schema:", ""));
            }
        }
    }
}
