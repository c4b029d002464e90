package io.newsflow.producer.parse;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.newsflow.producer.parse.text.Outlets;

/**
 * The site's name where an HTML page gives it only in passing, each ranked below every name the page states as its
 * own ({@code og:site_name}, a byline's outlet, a masthead): the window title's suffix, a blog theme's or a
 * documentation site's title beside its logo, the footer's copyright, the title of the site's feed, a journal's title
 * heading the page.
 */
final class PageSiteNames {
    /** A theme's site title ("Coastal Notes"), a starter's home link, a navigation bar's brand (Docusaurus', Bootstrap's). */
    private static final String THEME_TITLES = ".site-title, #site-title, .site-name, #site-name, .navbar-title, .home-link, .navbar__title, "
            + ".navbar-brand, .md-header__topic .md-ellipsis, " // (Material for MkDocs: the site's name, then the page's)
            + "[data-framer-name=Logo], " // (Framer's layer named "Logo", the site's name as text)
            + "[id$=-site-title], " // (a theme's prefix: ColorMag's "cm-site-title")
            + ".gh-head-logo, " // (a Ghost theme's logo link with the site's name as its text, no image)
            + ".wp-block-site-title, " // (a WordPress block theme's site title block: Twenty Twenty-Three's)
            + ".navigation-title, " // (Hugo Coder's site name in its navigation bar)
            + "#header-name"; // (Movable Type's classic templates: the blog's name linked home, its description beside it)

    private PageSiteNames() {
    }

    /** Offers the names the page gives in passing, once its headline ({@code draft.title}) is known. */
    static void offerLastResorts(Document doc, ArticleDraft draft) {
        String titleSite = SiteSuffixes.windowTitleSite(doc.title(), draft.title); // "Headline | eKathimerini.com"
        draft.offerSource(titleSite != null ? titleSite
                : SiteSuffixes.windowTitleSite(HtmlArticleParser.meta(doc, "og:title"), draft.title), -1);
        // the page footer's copyright: "© 2025 Midland Gazette. All rights reserved."
        StoryHeader.footerNotice(doc).ifPresent(o -> draft.offerSource(o, -4));
        // the first such element's text only: Quarto's brand holds its .navbar-title, which would read the name twice
        String themeTitle = doc.select(THEME_TITLES).stream().map(Element::text).filter(t -> !t.isBlank()).findFirst().orElse("");
        draft.offerSource(Outlets.looksLikeOutlet(themeTitle) ? themeTitle : null, -2);
        // the header's link home whose text ends the window title ("Headline — Orchard Lane Notes"): a blog's name, plain
        Element home = doc.selectFirst("header a[href=/], header a[rel=home], nav a[href=/]"); // (or in the nav bar: Nextra's)
        Element named = home == null ? null : home.selectFirst("h1, h2, p"); // (a heading and a tagline in it: Silverstripe's)
        String homeName = home == null ? "" : (named != null ? named : home).text().strip();
        draft.offerSource(!homeName.isEmpty() && doc.title().strip().endsWith(" " + homeName) ? homeName : null, -2);
        draft.offerSource(feedTitleSite(doc), -3);
        draft.offerSource(logoName(doc), -3);
        // a journal's title as the page's own h1 over its entries, linked home (LiveJournal's): the headline is another heading
        // (or in a span of its own: Dotclear's "<h1><span><a href="https://host/index.php?">")
        doc.select("h1:has(a[href])").stream().filter(h -> h.closest("article") == null && !h.text().strip().equals(draft.title)
                        && HOME_LINK.matcher(h.selectFirst("a[href]").attr("href")).matches() && Outlets.looksLikeOutlet(h.text()))
                .findFirst().ifPresent(h -> draft.offerSource(h.text().strip(), -2));
    }

    /**
     * The site's name as the page spells it out when its metadata gives only its host name ("www.kentishstar.example" as
     * {@code og:site_name}, "Kentish Star" linked home): the words whose letters are the domain's name; else the name given
     * (a brand written as a domain, "MDR.DE", "tagesschau.de", is the brand as written).
     */
    static String spelledOut(Document doc, String siteName) {
        if (siteName == null || !siteName.startsWith("www.") || !Outlets.isDomain(siteName)) {
            return siteName;
        }
        String letters = siteName.toLowerCase(Locale.ROOT).substring("www.".length()).replaceFirst("\\..*$", "").replaceAll("[^\\p{L}\\p{N}]", "");
        return doc.select("a[href=/], a[rel=home], [class*=logo]").stream().map(e -> e.text().strip())
                .filter(t -> !t.isEmpty() && t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "").equals(letters))
                .findFirst().orElse(siteName);
    }

    /** A logo's words for itself: "Logo", "logo of", "— logo". */
    private static final Pattern LOGO_WORD = Pattern.compile("(?i)\\s*[-–—|:]?\\s*\\blogo\\b\\s*(?:of\\s+)?[-–—|:]?\\s*");

    /**
     * The site's name as its logo's image gives it, an image only and no text ({@code <div class="print-logo"><img
     * alt="Karadeniz Postası">}, a print view's; a table layout's banner linked home): a last resort, or null.
     */
    private static String logoName(Document doc) {
        Element logo = doc.selectFirst("[class*=logo] img[alt], img[alt][class*=logo], img[alt][src*=logo], a[href=/] img[alt]");
        String name = logo == null ? "" : LOGO_WORD.matcher(logo.attr("alt")).replaceAll(" ").strip();
        return !name.isEmpty() && Outlets.looksLikeOutlet(name) ? name : null;
    }

    /** A link to a site's root: "/", "https://fenlandrails.example/", "https://host/index.php?". */
    private static final Pattern HOME_LINK = Pattern.compile("(?:https?://[^/?#]+)?/?(?:index\\.(?:php|html?)\\??)?");

    /** What a feed's title adds to the site's name: "Full Atom Feed" (Pelican's), "» Feed" (WordPress's), "RSS", "RSS 2.0". */
    private static final Pattern FEED_KIND = Pattern.compile("(?i)\\s*(?:[»|:–-]\\s*)?(?:(?:full|all|main|latest)\\s+)?"
            + "(?:(?:atom|rss|json)(?: \\d(?:\\.\\d{1,2})?)?\\s*)?(?:feed)?$"); // (and its version alone: "Atom 1.0", Dotclear's)
    /** A feed of comments, of one category or tag: not the site's own. */
    private static final Pattern PART_FEED = Pattern.compile("(?i)\\b(?:comments?|categor(?:y|ies)|tags?|kommentare|commentaires|comentarios)\\b");

    /**
     * The site's name in the title of the feed the page links to ("Icefield Diary Full Atom Feed", "Coastal Notes »
     * Feed", Eleventy's "Riverside Notes"), when it looks like an outlet's; else null.
     */
    private static String feedTitleSite(Document doc) {
        Element feed = doc.selectFirst("link[rel=alternate][type~=(rss|atom)\\+xml][title]");
        if (feed == null || PART_FEED.matcher(feed.attr("title")).find()) {
            return null;
        }
        String name = FEED_KIND.matcher(feed.attr("title").strip()).replaceFirst("").strip();
        return Outlets.looksLikeOutlet(name) ? name : null;
    }
}
