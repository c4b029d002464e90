package io.newsflow.producer.parse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.newsflow.producer.parse.text.Outlets;

/**
 * The site's name where an HTML page gives it only in passing, each ranked below every name the page states as its
 * own ({@code og:site_name}, a byline's outlet, a masthead): the window title's suffix, a blog theme's or a
 * documentation site's title beside its logo, the footer's copyright.
 */
final class PageSiteNames {
    /** A theme's site title ("Coastal Notes"), a starter's home link, a navigation bar's brand (Docusaurus', Bootstrap's). */
    private static final String THEME_TITLES = ".site-title, #site-title, .site-name, .navbar-title, .home-link, .navbar__title, "
            + ".navbar-brand, .md-header__topic .md-ellipsis"; // (Material for MkDocs: the site's name, then the page's)

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
    }
}
