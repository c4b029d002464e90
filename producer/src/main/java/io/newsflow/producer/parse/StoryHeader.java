package io.newsflow.producer.parse;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.newsflow.producer.parse.text.Breadcrumb;
import io.newsflow.producer.parse.text.BreadcrumbDetector;
import io.newsflow.producer.parse.text.BylineDetector;
import io.newsflow.producer.parse.text.MetaDateLine;
import io.newsflow.producer.parse.text.SectionNames;
import io.newsflow.producer.parse.text.SignatureDetector;

/**
 * The story's header on an HTML page: its headline ({@code h1}, without a kicker inside it), the section label beside
 * the headline, and a breadcrumb written as text; and what the page says of the story around it: the writer its social
 * card names, the outlet its footer's copyright names. The story's body and standfirst are {@link StoryLocator}'s.
 */
final class StoryHeader {

    private static final int MAX_CRUMB_CHARS = 100;
    /** A section's label: one to three words, no digits, no sentence. */
    private static final Pattern SECTION_LABEL = Pattern.compile("\\p{Lu}[\\p{L}&'’-]*(?: [\\p{L}&'’-]+){0,2}");

    /** A social card's label for its writer ("twitter:label1" = "Written by"), whose value is the next field's. */
    private static final Pattern WRITER_LABEL = Pattern.compile("(?iu)written by|author|by|autor|auteur|auteure|autore");

    private StoryHeader() {
    }

    /**
     * The outlet the page footer's copyright names ("© 2026 Stadt Neustadt"): its own line's, not the footer's whole text
     * with the links after it ("Impressum", "Datenschutz"); else the whole footer's.
     */
    static Optional<String> footerNotice(Document doc) {
        // (a page without the element names its footer by class or id: 1C-Bitrix's <div class="footer">)
        Element footer = doc.selectFirst("footer, body > div.footer, body > div#footer, body > div.site-footer");
        if (footer == null) {
            return Optional.empty();
        }
        return footer.select("p, small, span, li").stream().map(e -> SignatureDetector.notice(e.text())).flatMap(Optional::stream)
                .findFirst().or(() -> SignatureDetector.notice(footer.text()));
    }

    /**
     * The writer a page's social card names, as Ghost, Substack and beehiiv write it ({@code <meta name="twitter:label1"
     * content="Written by"><meta name="twitter:data1" content="Freya Munro">}), or null.
     */
    static String cardWriter(Document doc) {
        for (Element label : doc.select("meta[name^=twitter:label]")) {
            if (WRITER_LABEL.matcher(label.attr("content").strip()).matches()) {
                return HtmlArticleParser.meta(doc, "twitter:data" + label.attr("name").substring("twitter:label".length()));
            }
        }
        return null;
    }

    /**
     * The page's headline: the story's own {@code h1} (in its {@code article}, else the first that is no blog theme's
     * site title, "The Dales Dispatch" in the masthead's {@code h1}), without a kicker inside it ("{@code <span
     * class="kicker">Exclusive</span>}"); every {@code h1}'s text when none is told apart.
     */
    static String headline(Document doc) {
        Element h1 = headlineElement(doc);
        if (h1 == null) {
            // (not a site's title: a classic theme's h1 in its header, the post's title an h2 the window's title holds)
            String any = doc.select("h1").stream().filter(e -> !e.is(".site-title, #site-title, .site-name")).map(Element::text)
                    .collect(Collectors.joining(" "));
            return any.isBlank() ? SiteSuffixes.titleOnPage(doc) : any;
        }
        Element bare = h1.clone();
        bare.select(KICKERS).remove();
        return bare.text().isBlank() ? h1.text() : bare.text();
    }

    private static final String KICKERS = "[class*=kicker], [class*=eyebrow], [class*=overline]";

    /**
     * The story's own {@code h1} ({@link #headline}), or the one post's title on a blog's page (Blogger's {@code h3
     * class="post-title entry-title"} in its {@code hentry}, under the blog's name in the page's {@code h1}); null when
     * none is told apart from a site title's.
     */
    static Element headlineElement(Document doc) {
        Element h1 = doc.selectFirst("article h1");
        if (h1 == null && doc.select(".hentry").size() == 1 && doc.selectFirst(".hentry h1") == null) {
            h1 = doc.selectFirst(".hentry .entry-title");
        }
        if (h1 == null && doc.select("article .entry-title").size() == 1) { // (OceanWP's h2 in the post, its page header's h1 "Blog")
            h1 = doc.selectFirst("article .entry-title");
        }
        h1 = h1 != null ? h1 : doc.select("h1").stream().filter(e -> !e.is(".site-title, #site-title, .site-name")
                && e.closest("#masthead, .site-header, [role=banner], aside, .sidebar") == null).findFirst().orElse(null);
        // (no h1: the marked headline, an h2; a theme's article title, Hugo's Stack: h2.article-title; a post in a block marked
        // as an article, Dotclear's div.post[role=article])
        return h1 != null ? h1 : doc.selectFirst("[itemprop=headline]:not(meta), article h2.article-title, article h2.post-title, "
                + "[role=article] h2.post-title, div[class~=^(?:titulo|titular|titre|titolo|titel)$]"); // (an old CMS's div: "<div class="titulo">")
    }

    /** A site builder's layer named by its role ({@code data-framer-name="Date"}: Framer's), or null. */
    static Element namedLayer(Document doc, String role) {
        return doc.selectFirst("[data-framer-name=" + role + "]");
    }

    /**
     * A breadcrumb written as text in a small element of its own ("Home › Business › Shipping" in a
     * {@code div} without a breadcrumb class), the first such on the page.
     */
    static Optional<Breadcrumb> breadcrumb(Document doc) {
        for (Element e : doc.select("nav, div, p, ol, ul, span")) {
            if (blocksAtTop(e) > 1) {
                continue; // a block holding blocks, told from its children alone: no walk of its whole subtree (deep nesting)
            }
            String text = e.text();
            if (text.length() <= MAX_CRUMB_CHARS && e.select(BLOCK_QUERY).size() <= 1) {
                Optional<Breadcrumb> crumb = BreadcrumbDetector.detect(text);
                if (crumb.isPresent()) {
                    return crumb;
                }
            }
        }
        return Optional.empty();
    }

    /** The blocks among the element and its children: at most as many as the element's whole subtree holds. */
    private static long blocksAtTop(Element e) {
        return (BLOCKS.contains(e.normalName()) ? 1 : 0) + e.children().stream().filter(c -> BLOCKS.contains(c.normalName())).count();
    }

    private static final String BLOCK_QUERY = "nav, div, p, ol, ul";
    private static final Set<String> BLOCKS = Set.of(BLOCK_QUERY.split(", "));

    /**
     * The section a story's header names beside its headline ({@code <div class="article-header__section">},
     * WordPress's {@code cat-links}): a short label in the headline's own container; the first of
     * several categories.
     */
    static String headerSection(Document doc) {
        Element label = headerSectionLabel(doc);
        return label == null ? null : label.text().split("\\s*,\\s*")[0].strip();
    }

    /**
     * The element holding {@link #headerSection}, which the story's text must not repeat ("Policy" over the headline): in
     * the headline's container, or in the one around it while that holds no paragraph (a theme's header, its title and
     * meta in an inner one: tagDiv's {@code td-post-header}).
     */
    static Element headerSectionLabel(Document doc) {
        Element layer = namedLayer(doc, "Category");
        if (layer != null && SECTION_LABEL.matcher(layer.text().strip()).matches()) {
            return layer;
        }
        Element h1 = headlineElement(doc);
        Element scope = h1 == null ? null : h1.parent();
        for (int depth = 0; depth < 2 && scope != null && (depth == 0 || scope.selectFirst("p") == null); depth++, scope = scope.parent()) {
            // (Ghost's themes: the primary tag over the headline, "post-card-primary-tag", "gh-article-tag")
            // (Arc XP's themes: the section as the headline's "overline"; Drupal Thunder's "field--name-field-channel")
            for (Element e : scope.select("[class*=section], [class*=kicker], [class*=overline], [class*=eyebrow], [class*=categor], "
                    + "[class*=field-channel], [class*=antetit], [class*=surtitre], [class*=dachzeile], [class*=occhiello], " // (a kicker's own names)
                    + "[class*=cat-links], [class*=rubri], "
                    + "[class*=primary-tag], [class$=article-tag], span[class~=badge]")) { // (and a Bootstrap badge)
                String label = e.text().split("\\s*,\\s*")[0].strip();
                // (a badge only when it names a listed section: "New", "Live" and "Premium" are badges too)
                if (e != h1 && StoryLocator.thisStory(e) && SECTION_LABEL.matcher(label).matches()
                        && (!e.hasClass("badge") || SectionNames.isSection(label))) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The least text a story's opening holds: a sentence, not a label. */
    private static final int MIN_OPENING = 60;

    /**
     * A plain paragraph under the headline in the article's own {@code header}, a theme opening the story there ("<header>
     * <h1>...</h1><p class="byline">...</p><p>Metro Transit will run ...</p></header>"), which the header's removal as
     * furniture would lose: no class, no link or time, a sentence's length, no byline or date line; or null.
     */
    static Element openingInHeader(Element h1) {
        Element header = h1 == null ? null : h1.parent();
        if (header == null || !header.is("header") || header.closest("article") == null) {
            return null;
        }
        return header.children().stream().filter(p -> p.is("p") && p.elementSiblingIndex() > h1.elementSiblingIndex() && p.className().isBlank()
                && p.selectFirst("a, time") == null && p.text().length() >= MIN_OPENING && !BylineDetector.hasLeadIn(p.text().strip())
                && MetaDateLine.parse(p.text()).isEmpty()).findFirst().orElse(null);
    }
}
