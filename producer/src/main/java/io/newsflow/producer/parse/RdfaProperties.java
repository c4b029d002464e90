package io.newsflow.producer.parse;

import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page marked up with RDFa's schema.org attributes ({@code <div vocab="https://schema.org/" typeof="NewsArticle">},
 * {@code <h2 property="headline">}, {@code <span property="author" typeof="Person"><span property="name">}) instead of
 * microdata's: its attributes are copied to microdata's ({@code itemprop}, {@code itemscope}, {@code itemtype}) so the
 * readers of microdata read it too. Only schema.org's article properties are copied; Open Graph's {@code property="og:..."}
 * meta tags keep their own reading.
 */
final class RdfaProperties {
    private static final Set<String> ARTICLE = Set.of("headline", "alternativeHeadline", "name", "author", "creator",
            "datePublished", "dateModified", "articleSection", "articleBody", "description", "publisher");

    private RdfaProperties() {
    }

    /** Copies the page's RDFa article properties and types to microdata's attributes, where it has none of its own. */
    static void asMicrodata(Document doc) {
        for (Element e : doc.select("[property]:not(meta)")) {
            String property = e.attr("property").replaceFirst("^schema:", "");
            if (ARTICLE.contains(property) && !e.hasAttr("itemprop")) {
                e.attr("itemprop", property);
            }
        }
        for (Element e : doc.select("[typeof]")) {
            if (!e.hasAttr("itemscope")) {
                e.attr("itemscope", "").attr("itemtype", "https://schema.org/" + e.attr("typeof").replaceFirst("^schema:", ""));
            }
        }
    }
}
