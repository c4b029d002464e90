package io.newsflow.producer.parse;

import java.time.Instant;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.text.ArticleTypes;
import io.newsflow.producer.parse.text.BreadcrumbDetector;
import io.newsflow.producer.parse.text.DateExtractor;

/**
 * Parses an HTML article page with jsoup. Facts come, most trusted first, from JSON-LD
 * ({@code NewsArticle} and its subtypes), then meta tags ({@code og:*}, {@code article:*},
 * {@code author}, {@code description}), then the markup ({@code h1}, {@code time[datetime]}, bylines).
 * The body is the story's container ({@link StoryLocator}); a page of bare {@code div}s without
 * paragraphs is read as plain text ({@link HtmlPlainText}).
 */
public final class HtmlArticleParser {

    private HtmlArticleParser() {
    }

    /** Parses the page into one outcome. */
    public static ParseOutcome parse(String html, String origin, Instant ingestedAt) {
        return parse(html, origin, ingestedAt, null);
    }

    /** A heading's own link whose text is one mark: its permalink. */
    private static final String PERMALINK_MARKS = String.join(", ", java.util.stream.Stream.of("h1", "h2", "h3", "h4", "h5", "h6")
            .map(h -> h + " > a:matchesOwn(^\\s*[#¶§]\\s*$)").toList());

    /**
     * Parses the page into one outcome; {@code pageUrl} is where it was saved from ({@link MhtmlArchives}, a crawler's or
     * a browser's capture), the address when the page names none of its own.
     */
    static ParseOutcome parse(String html, String origin, Instant ingestedAt, String pageUrl) {
        Document doc = Jsoup.parse(html);
        ParseOutcome scripted = ScriptDataArticles.parse(doc, html, origin, ingestedAt);
        if (scripted != null) {
            return scripted; // a JavaScript framework's shell page: the story is its script data
        }
        // text only a screen reader hears, never seen: "Posted in" glued to the category's link, "(opens in a new tab)"; a
        // heading's permalink ("¶" after it: Sphinx's and MkDocs' .headerlink, Docusaurus' .hash-link, VitePress' .header-anchor;
        // any heading's own link of one mark, "#" after Zola's headings)
        doc.select(".screen-reader-text, .sr-only, .visually-hidden, .screen-reader-only, a.headerlink, a.hash-link, a.header-anchor, "
                + ".today-date, .post-views, " // (and a theme's date of the day in its header, and its view counter: Sahifa's)
                + "sup:has(> a[href^=#]), " // (a footnote's mark, "...at the survey sites.<sup><a href="#fn2">2</a></sup>", glued to the word)
                + PERMALINK_MARKS).remove();
        RdfaProperties.asMicrodata(doc); // (schema.org's properties in RDFa, read as microdata's)
        ArticleDraft draft = new ArticleDraft();
        String schemaType = JsonLdArticle.apply(doc, draft);
        if (schemaType == null) { // microdata: <div itemscope itemtype="https://schema.org/NewsArticle">
            Element typed = doc.selectFirst("[itemscope][itemtype*=schema.org/]");
            schemaType = typed == null ? null : typed.attr("itemtype").substring(typed.attr("itemtype").lastIndexOf('/') + 1);
        }
        MetaTags tags = new MetaTags(doc); // (the page's meta tags read once, for the many keys asked below)
        draft.url = draft.url != null ? draft.url
                : firstNonBlank(doc.select("link[rel=canonical]").attr("href"), tags.get("og:url"), pageUrl);
        String siteName = tags.get("og:site_name");
        draft.offerSource(PageSiteNames.spelledOut(doc, siteName), 50); // ("Kentish Star" for "www.kentishstar.example")
        draft.offerSource(tags.get("application-name"), 10);
        draft.offerSource(firstNonBlank(tags.get("dcterms.publisher"), tags.get("DC.publisher")), 20); // (a government's pages)
        // the issuer a page's metadata names ("From: Department for Transport", GOV.UK's), over the platform's own name
        doc.select("dt:matchesOwn(^\\s*From:?\\s*$) + dd a").stream().findFirst().ifPresent(a -> draft.offerSource(a.text(), 55));
        String cardTitle = firstNonBlank(tags.get("og:title"), tags.get("twitter:title"));
        boolean menuPage = namesMenuPage(doc, cardTitle);
        if (menuPage) { // ("Millbrook Allotment Society - Allotment news": the site's name before the page's)
            draft.offerSource(SiteSuffixes.windowTitleSite(doc.title(), cardTitle), 5);
        }
        String marked = draft.title != null ? draft.title
                : SiteSuffixes.headlineOf(menuPage ? null : cardTitle, StoryHeader.headline(doc));
        draft.title = marked != null ? marked : SiteSuffixes.strip(doc.title(), siteName);
        NewsletterArchives.read(doc, firstNonBlank(tags.get("og:title"), doc.title()), draft); // "Harbour Weekly: <subject>"
        PageSiteNames.offerLastResorts(doc, draft);
        if (marked == null) { // the window title's site named only by the page ("Water meters | Hillside Allotments", its navigation bar)
            draft.title = SiteSuffixes.strip(draft.title, draft.source);
        }
        draft.title = SiteSuffixes.withoutSitePrefix(draft.title, draft.source, StoryHeader.headline(doc)); // "Site: <h1>"
        readPublished(doc, draft, tags);
        // (read while the headline is in the page, the text's reading takes it out; only for a page its metadata left undated)
        var underHeadline = draft.publishedAt == null ? HeaderDates.underHeadline(doc) : Optional.<DateExtractor.FoundDate>empty();
        BulletinSenders.read(doc, draft); // "City of Millbrook sent this bulletin at 12/05/2026 09:14 AM CST"
        HtmlAuthors.read(doc, draft);
        String articleSection = firstNonBlank(tags.get("article:section"), tags.get("og:article:section"), tags.get("articleSection"));
        draft.offerSection(notAFolder(articleSection)); // (Open Graph's, or a CMS's with "og:" before it; microdata's as a tag)
        draft.offerSection(doc.select("[itemprop=articleSection]:not(meta), a[itemprop=genre]").stream() // (microdata's, Joomla's
                .filter(StoryLocator::thisStory).findFirst().map(Element::text).orElse(null)); // Helix: its category a "genre")
        String sectionMeta = firstNonBlank(tags.get("section"), tags.get("cg")); // "cg": a content group, "business"
        draft.offerSection(FeedArticleParser.categoryLabel(notAFolder(sectionMeta))); // a slug in natural case, as a feed's category
        doc.select("nav[aria-label*=readcrumb], .breadcrumb, .breadcrumbs, ol.breadcrumb, #breadcrumbs, div[class*=breadcrumb], "
                + "nav[class*=breadcrumb], [itemprop=breadcrumb]").stream().findFirst() // (Yoast's #breadcrumbs, JNews's .jeg_breadcrumbs, tagDiv's microdata)
                // each crumb once: an item's text, or a link's where the trail has no items ("li, a" read "Home" twice)
                .flatMap(e -> BreadcrumbDetector.detect(String.join(" / ",
                        (e.select("li").isEmpty() ? e.select("a") : e.select("li")).eachText().stream()
                                .filter(t -> !t.strip().endsWith(":")).toList()))) // (not its label: Joomla's "Aktuelle Seite:")
                .ifPresent(draft::offerCrumb);
        StoryHeader.breadcrumb(doc).ifPresent(draft::offerCrumb);
        SiteSuffixes.middleSection(firstNonBlank(tags.get("og:title"), doc.title()), draft.title, draft.source)
                .ifPresent(draft::offerCrumb); // "Headline - News - Site"
        draft.offerSection(StoryHeader.headerSection(doc));
        draft.offerSection(DefinitionListMeta.section(doc)); // ("<dt>Section</dt><dd>Environment</dd>")
        draft.offerSection(KickerLinks.section(doc)); // (a link alone over the headline to a page of the menu: a utility-class theme's)
        draft.offerSection(CategoryLinks.section(doc)); // a blog post's category link, the last resort
        draft.offerType(ArticleTypes.fromLabel(articleSection));
        ParselyPages.read(doc, draft); // (its old page tag's date and section, on a page with no other)
        draft.offerType(ArticleTypes.fromLabel(draft.section));
        if ("NewsArticle".equals(schemaType)) {
            // the generic type says "news" only when neither the section nor a subtype said otherwise
            draft.offerType(io.newsflow.avro.ArticleType.NEWS);
        }
        Element container = StoryLocator.container(doc);
        Element standfirst = StoryLocator.standfirst(doc, container);
        if (standfirst != null) {
            draft.lead = standfirst.text();
            standfirst.remove();
        }
        // (a page saved from Word, paragraphs of class MsoNormal and no headings, reads best as text too)
        if (container == doc.body() && HtmlPlainText.isThin(container) || HtmlPlainText.isWordDocument(doc)) {
            HtmlPlainText.read(doc.body(), draft, marked == null); // bare divs and spans: read the page as text
        } else {
            Element sectionLabel = StoryHeader.headerSectionLabel(doc);
            container.select("h1").remove();
            // the headline written in another heading (an h-entry's h2.p-name: WriteFreely's; a Tumblr theme's h2.title)
            container.select("h2, h3").stream().filter(h -> h.text().strip().equals(draft.title)).findFirst().ifPresent(Element::remove);
            if (sectionLabel != null && sectionLabel.children().isEmpty()) {
                sectionLabel.remove(); // the section's label over the headline is no paragraph of the story
            }
            HtmlBlocks.appendPageBlocks(draft, container);
            ClosingWriters.read(draft); // "<p><strong>Nguyễn Văn An</strong></p>" under the text: its writer
            // a paywalled page shows the story's opening, its JSON-LD the whole text: the longer one is the story
            if (draft.metadataBody != null && draft.metadataBody.length() > 3 * bodyChars(draft) / 2) {
                draft.body.clear();
                BodyText.appendBlocks(draft, draft.metadataBody);
            }
        }
        StoryLocator.readDateElement(doc, draft);
        if (draft.publishedAt == null) { // a date on a short line under the headline, when nothing else dated the story
            underHeadline.ifPresent(d -> draft.offerPublished(d.instant(), TimeProvenance.TEXT, d.text()));
        }
        UrlDates.read(doc, draft); // "/news/2025/12/01/...": the address's day, when nothing else dated the story
        return ArticleAssembler.assemble(draft, InputFormat.HTML, origin, null, html, ingestedAt);
    }

    private static void readPublished(Document doc, ArticleDraft draft, MetaTags tags) {
        for (String key : new String[] {"article:published_time", "og:published_time", "datePublished", "date", "pubdate",
                "publish-date", "dc.date", "dc.date.issued", "DC.date.issued", "parsely-pub-date", "sailthru.date", "pdate",
                "govuk:first-published-at", "citation_publication_date", "citation_online_date", "citation_date", "og:article:published_time",
                "cXenseParse:recs:publishtime", "dcterms.issued", "dcterms.created"}) {
            String value = tags.get(key);
            if (value != null) {
                draft.offerPublished(JsonDates.parseDate(value), TimeProvenance.METADATA, value);
            }
        }
        Element time = StoryLocator.timeElement(doc);
        if (time != null) {
            draft.offerPublished(JsonDates.parseDate(time.attr("datetime")), TimeProvenance.METADATA, time.attr("datetime"));
        }
        HeaderDates.read(doc).ifPresent(d -> draft.offerPublished(d.instant(), TimeProvenance.TEXT, d.text()));
    }

    /**
     * Whether the card's title is a menu item's words: the page the menu links to ("Allotment news", a site builder's page
     * of posts), whose headline is the page's own heading, not the card's.
     */
    private static boolean namesMenuPage(Document doc, String cardTitle) {
        return cardTitle != null && doc.select("nav a, header a").stream().anyMatch(a -> a.text().strip().equalsIgnoreCase(cardTitle.strip()));
    }

    static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "], [itemprop=" + key + "][content]");
        return e == null || e.attr("content").isBlank() ? null : e.attr("content").strip();
    }

    private static int bodyChars(ArticleDraft draft) {
        return draft.body.stream().mapToInt(b -> b.getText().length()).sum();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** A section's meta value, unless it names a static site's folder of all its pages (Hugo's "posts"), no section. */
    private static String notAFolder(String value) {
        return value == null || value.matches("posts?|blog|articles?|stories|pages?") ? null : value;
    }
}
