package io.newsflow.producer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.avro.ArticleType;
import io.newsflow.producer.parse.text.BreadcrumbDetector;
import java.util.ArrayList;
import java.util.List;

/**
 * What web scrapers' JSON exports call a site and its sections, which the usual names miss or mistake: Trafilatura's
 * {@code "source"} is the page's address and {@code "source-hostname"} (or {@code "sitename"}) the site's name, its
 * {@code "categories"} one string joined by semicolons ({@code "News;Transport"}); news-please names no site at all
 * but closes its {@code "title_page"} with it ({@code "Graz bestellt 40 Elektrobusse | Grazer Rundschau"}), its body
 * and date being {@code "maintext"} and {@code "date_publish"} ({@link JsonFields} lists those).
 */
final class ScraperExports {

    private static final List<String> SITE_NAMES = List.of("source-hostname", "sitename", "meta_site_name"); // (newspaper4k's)

    private ScraperExports() {
    }

    /**
     * The site's name: the usual names' value unless it is an address, else a scraper's own key for the site, else the
     * window title's closing name; null when none names it.
     */
    static String siteName(JsonNode node, String source, String title) {
        if (source != null && !isAddress(source)) {
            return source;
        }
        String named = JsonFields.text(node, SITE_NAMES);
        if (named != null && !isAddress(named)) {
            return named;
        }
        String windowed = SiteSuffixes.windowTitleSite(JsonFields.text(node, List.of("title_page")), title);
        // a content system's title for search engines, its own wording: {"meta": {"title": "Sunday buses saved | Riverside Ledger"}}
        return windowed != null ? windowed : SiteSuffixes.seoTitleSite(JsonFields.text(node.path(node.has("seo") ? "seo" : "meta"), List.of("title")));
    }

    /** The page's address: the usual names' value, else a source that is one (Trafilatura's "source"); or null. */
    static String url(String url, String source) {
        return url != null ? url : source != null && isAddress(source) ? source : null;
    }

    /**
     * Categories joined in one string ("News;Transport"): a news root among them says the piece is news, and the first
     * other category is its section.
     */
    static void categories(JsonNode node, ArticleDraft draft) {
        JsonNode categories = node.path("categories");
        if (!categories.isTextual() || categories.asText().isBlank()) {
            return;
        }
        for (String category : categories.asText().split("\\s*[;,]\\s*")) {
            if (BreadcrumbDetector.isNewsRoot(category)) {
                draft.offerType(ArticleType.NEWS);
            } else if (!category.isBlank()) {
                draft.offerSection(category.strip());
                return;
            }
        }
    }

    /**
     * An extractor's trail of the page (Diffbot's {@code "breadcrumb": [{"name": "News"}, {"name": "Transport"}]}, Zyte's
     * {@code "breadcrumbs"}): read as a page's trail is, before any category an extractor guessed.
     */
    static void breadcrumbs(JsonNode node, ArticleDraft draft) {
        JsonNode trail = node.path("breadcrumb").isArray() ? node.path("breadcrumb") : node.path("breadcrumbs");
        List<String> names = new ArrayList<>();
        for (JsonNode crumb : trail) {
            String name = crumb.isTextual() ? crumb.asText() : crumb.path("name").asText("");
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        if (names.size() > 1 || names.size() == 1 && BreadcrumbDetector.isNewsRoot(names.get(0))) {
            BreadcrumbDetector.detect(String.join(" / ", names)).ifPresent(draft::offerCrumb);
        }
    }

    private static boolean isAddress(String value) {
        return value.startsWith("http://") || value.startsWith("https://") || value.startsWith("www.");
    }
}
