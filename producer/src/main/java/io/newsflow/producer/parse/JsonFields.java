package io.newsflow.producer.parse;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.text.ArticleTypes;

/**
 * Reads article fields from a JSON object under their usual names ({@code body}/{@code content}/
 * {@code text}/{@code articleBody}, {@code author} as a string, object or list, {@code authors},
 * {@code source} as a string or {@code {"name": ...}}, {@code publishedAt}/{@code datePublished}/
 * {@code pubDate}: {@link JsonDates}), once {@link JsonWrappers} has
 * found the object that holds the article. Dates from JSON are metadata.
 */
final class JsonFields {
    static final List<String> BODY = List.of("body", "content", "text", "articleBody", "article_body", "fullText",
            "body_html", "bodyHtml", "content_html", "contentHtml", "html", "article_text", "articleText", "full_text",
            "story_text", "bodyText", "content_text", "body_text", "maintext", "blogContent", "html_content",
            "body_md", "body_markdown", "bodyMarkdown", "markdown", "postBody", "post_body", "post_content", "bodytext"); // (news-please's
            // "maintext"; dotCMS's starter Blog type's "blogContent"; Readwise Reader's "html_content"; a database row's Markdown,
            // Supabase's "body_md"; HubSpot's "postBody"; a WordPress table's "post_content"; TYPO3's "bodytext")
    private static final List<String> URL = List.of("url", "canonicalUrl", "canonical_url", "link", "permalink", "webUrl", "web_url");
    static final List<String> TITLE = List.of("title", "headline", "headlines", "name", "webTitle");
    static final List<String> LEAD = List.of("lead", "standfirst", "summary", "description", "subtitle", "dek", "teaserText",
            "excerpt", "trailText", "subheadline", "subheadlines", "lead_paragraph", "abstract", "teaser", "intro", "leadParagraph"); // (the
            // NYT's; Storyblok's; Kirby's; Contensis's)
    /**
     * What an object holding a name, a title, a byline or the body calls its text ({"main": ...}, {"basic": ...}; a GraphQL
     * API's {"displayName": ...} and {"body": {"html": "<p>..."}}).
     */
    static final List<String> OBJECT_TEXT = List.of("name", "rendered", "main", "basic", "original", "displayName",
            "display_name", "fullName", "full_name", "html",
            "title", // Event Registry's source: {"uri": "lakesidecourier.example", "title": "Lakeside Courier"}
            "entryTitle", // Contensis's linked entry: {"sys": {...}, "entryTitle": "Owen Pryce"}
            "data", // Plone's rich text: {"content-type": "text/html", "data": "<p>...", "encoding": "utf-8"}
            "display"); // Cockpit's linked item: {"_id": ..., "_model": "authors", "display": "Mairéad Ní Bhriain"}
    private static final List<String> SOURCE = List.of("source", "outlet", "publisher", "siteName", "site_name", "site", "publication",
            "source_name", "sourceName", "provider", "organization", "name_source"); // (a news API's {"source_id": "x", "source_name":
            // "X"}; a wire's "provider"; dev.to's {"organization": {"name": ...}}; NewsCatcher's "name_source")
    private static final List<String> SECTION = List.of("section", "category", "articleSection", "department",
            "section_name", "sectionName", "section_title", "primary_tag", "desk"); // (Ghost's {"primary_tag": {"name": ...}}; a newsroom's "desk")
    private static final List<String> TYPE = List.of("articleType", "type", "genre", "kind", "type_of_material");
    /** The mark a news API leaves where it cut the body: NewsAPI's "… [+2113 chars]", GNews's "... [1874 chars]". */
    private static final Pattern TRUNCATION = Pattern.compile("\\s*(?:…|\\.\\.\\.)?\\s*\\[\\+?\\d+ chars\\]\\s*$");

    private JsonFields() {
    }

    static ArticleDraft toDraft(JsonNode node, String body) {
        ArticleDraft draft = new ArticleDraft();
        boolean readLater = JsonFeeds.readLaterDocument(node);
        String source = text(node, readLater ? List.of("site_name") : SOURCE);
        draft.url = ScraperExports.url(text(node, URL), source); // (Trafilatura's "source" is the page's address)
        draft.title = plainText(node, TITLE);
        draft.title = draft.title == null && node.path("subject").isTextual() ? node.get("subject").asText().strip() : draft.title; // (an email's)
        draft.lead = plainText(node, LEAD);
        JsonAuthors.read(node, draft);
        draft.offerWrittenByline(JsonBlocks.byline(node)); // Apple News Format's "By Dana Whitfield | The Lakeside Courier"
        draft.offerSource(ScraperExports.siteName(node, source, draft.title));
        draft.offerSource(WordPressFields.siteName(node));
        draft.offerSource(JsonFeeds.readerFeedTitle(node)); // a feed reader's entry (Miniflux's, Feedly's): its feed's title
        draft.offerSource(SiteSuffixes.windowTitleSite(text(node.has("thread") ? node.get("thread") : node, // (HubSpot's; Webz.io's thread's)
                List.of("htmlTitle", "metaTitle", "title_full")), draft.title));
        draft.title = SiteSuffixes.strip(draft.title, draft.source); // a news API's "Headline - Le Soir"
        ScraperExports.breadcrumbs(node, draft); // an extractor's trail of the page (Diffbot's, Zyte's)
        draft.offerSection(readLater ? null : FeedArticleParser.categoryLabel(text(node, SECTION))); // (a news API's slug: "business")
        // a content system's {"taxonomy": {"primary_section": {"name": ...}}}
        draft.offerSection(text(node.path("taxonomy"), List.of("primary_section", "section")));
        draft.offerSection(WordPressFields.category(node));
        draft.offerSection(firstCategory(node.path("categories"))); // ["Health"], [{"title": "Health"}]
        draft.offerSection(firstCategory(node.path("categoryTitles"))); // a query's projection of them (Sanity's GROQ)
        draft.offerSection(firstCategory(node.path(node.has("topics") ? "topics" : "topic"))); // Supabase's {"topics": {"label": ...}}, AEM's ["Transport"]
        draft.offerSection(firstCategory(node.path("_categories"))); // Apostrophe's relationship, its name after "_"
        draft.offerSection(firstCategory(node.path("taxonomyValues").path("categories"))); // Bolt's taxonomy
        draft.offerSection(firstCategory(node.path("section"))); // Contentstack's reference: [{"uid": ..., "title": "Local"}]
        ScraperExports.categories(node, draft); // Trafilatura's "News;Transport"
        draft.offerSection(readLater ? null : FeedArticleParser.categoryLabel(firstCategory(node.path("category")))); // ["business"]
        draft.offerSection(firstCategory(node.path("subject"))); // AP's [{"name": "Transportation"}]
        draft.offerSection(firstCategory(node.path("subjects"))); // a wire's ["Agriculture", "Trade"]
        draft.offerSection(node.path("kind").asText().startsWith("blogger#") ? firstCategory(node.path("labels")) : null); // Blogger's
        draft.offerSection(FeedArticleParser.categoryLabel(firstCategory(node.path(node.has("tags") ? "tags" : "content_tags")))); // last (beehiiv's)
        draft.offerSection(node.path("tags").isTextual() // Shopify's "Harbour, News": its first
                ? FeedArticleParser.categoryLabel(node.get("tags").asText().split(",")[0].strip()) : null);
        draft.offerSection(node.path("origin").isObject() // a feed reader's entry (Feedly's): its feed's categories, not a page's keywords
                ? FeedArticleParser.categoryLabel(firstCategory(node.path("keywords"))) : null);
        draft.offerType(ArticleTypes.fromLabel(text(node, TYPE)));
        draft.offerType(ArticleTypes.fromLabel(draft.section));
        draft.offerType(JsonLdArticle.typeOf(node.path("@type").asText(""))); // a JSON-LD document as the input itself
        JsonNode published = JsonDates.published(node);
        if (published != null) {
            Instant at = JsonDates.instant(published);
            draft.offerPublished(at, TimeProvenance.METADATA, published.asText());
        }
        // a news API's "... [+2113 chars]": the API's cut, not the story's text
        BodyText.appendBlocks(draft, TRUNCATION.matcher(body).replaceFirst(""));
        if (draft.lead != null && !draft.body.isEmpty()
                && ArticleIds.normaliseText(draft.body.get(0).getText()).equals(ArticleIds.normaliseText(draft.lead))) {
            draft.body.remove(0);
        }
        LeadingHeaderLines.drop(draft); // a page's text kept whole: its headline, byline and date lines again
        return draft;
    }

    /** A list of categories' first: a string, or an object's {@code name} or {@code title}; or null. */
    private static String firstCategory(JsonNode field) {
        JsonNode listed = JsonRecords.localised(field); // per locale: Squidex's {"iv": [...]}, Contentful's {"en-US": [...]}
        JsonNode categories = listed.path("nodes").isArray() ? listed.path("nodes") : listed; // WPGraphQL's {"nodes": [...]}
        if (categories.isObject() && categories.elements().hasNext() && categories.elements().next().path("name").isTextual()) {
            return categories.elements().next().path("name").asText().strip(); // WordPress.com's {"Local life": {"ID": 3, "name": ...}}
        }
        if (categories.isObject() && categories.elements().hasNext() && categories.elements().next().isTextual()) {
            return categories.elements().next().asText().strip(); // Bolt's taxonomy, slugs to names: {"energy": "Energy"}
        }
        boolean record = categories.isObject() && (categories.path("label").isTextual() || categories.path("name").isTextual()
                || categories.path("title").isTextual()); // one record, not a list: {"id": 7, "label": "Maritime"}
        if (!record && (!categories.isArray() || categories.isEmpty() || categories.get(0).isNumber())) {
            return null; // a number: WordPress's category ids, [4]
        }
        if (categories.isArray() && categories.path(0).has("*")) {
            return JsonRecords.shownCategory(categories); // MediaWiki's [{"hidden": "", "*": "Published"}, {"*": "Transport"}]
        }
        JsonNode first = record ? categories : categories.get(0);
        if (first.isTextual() && READER_STREAM.matcher(first.asText()).lookingAt()) {
            return null; // a feed reader's own stream or label ("user/1005921515/state/com.google/reading-list"), no section
        }
        String name = first.isValueNode() ? first.asText()
                : first.path("name").asText(first.path("title").asText(first.path("label").asText(first.path("body").asText(""))));
        // (Prepr's {"body": "Economy"}; a news API's {"label": "Transportation", "taxonomy": ...})
        if (name.isBlank() && first.size() == 1 && first.elements().next().isTextual()) {
            name = first.elements().next().asText(); // dotCMS's category, its key and its name: {"transport": "Transport"}
        }
        return name.isBlank() ? null : name.strip();
    }

    private static final Pattern READER_STREAM = Pattern.compile("user/[^/]+/(?:state|label)/");

    static String text(JsonNode node, List<String> names) {
        JsonNode value = JsonRichText.plain(first(node, names)); // (Prismic's title: [{"type": "heading1", "text": ...}])
        if (value == null) {
            return null;
        }
        if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
            value = value.get(0); // Bing News's "provider": [{"_type": "Organization", "name": "The Namibian"}]: the first
        }
        if (value.isObject()) { // WordPress: {"rendered": "<p>..."}; {"headline": {"main": ...}}; a CMS's relation or locales
            JsonNode record = JsonRecords.relation(value);
            value = record.isValueNode() ? record : first(record, OBJECT_TEXT);
        }
        return value == null || !value.isValueNode() || value.asText().isBlank() ? null : value.asText().strip();
    }

    /**
     * The field's text; WordPress's {@code {"rendered": "..."}} is HTML and read as text, and so is a text wrapped whole in
     * a paragraph's markup (WordPress.com's excerpt, "<p>All 42 stalls ...</p>"), while any other JSON text is plain and
     * kept as written ("Antwerp pilots <b>strike</b> &" is a title, not markup).
     */
    static String plainText(JsonNode node, List<String> names) {
        JsonNode value = first(node, names);
        boolean rendered = value != null && value.isObject() && !value.has("name") && value.has("rendered");
        String text = text(node, names);
        return rendered || text != null && PARAGRAPH_MARKUP.matcher(text).matches() ? WordPressFields.plain(text) : text;
    }

    private static final Pattern PARAGRAPH_MARKUP = Pattern.compile("(?s)\\s*<(p|div)\\b[^>]*>.*</\\1>\\s*");

    /** The article's body: a string field, or a list of typed blocks ({@link JsonBlocks}); null when neither. */
    static String body(JsonNode node) {
        String body = text(node, BODY);
        if (body == null && node.path("origin").isObject()) { // a feed reader's entry: its content's text, else its summary's
            body = text(node.path("content"), List.of("content")); // (Feedly's {"content": {"content": "<p>..."}}; Inoreader's
            body = body != null ? body : text(node.path("summary"), List.of("content")); // whole text in its summary)
        }
        // the same text as markup beside a plain copy (October CMS's "content" and "content_html"): the markup's is the page's
        String markup = body == null || HtmlBlocks.looksLikeHtml(body) ? null : text(node, HTML_BODY);
        return markup != null && HtmlBlocks.looksLikeHtml(markup) ? markup : body != null ? body : JsonBlocks.html(node);
    }

    private static final List<String> HTML_BODY = List.of("content_html", "body_html", "contentHtml", "bodyHtml");

    static JsonNode first(JsonNode node, List<String> names) {
        return first(node, names, v -> !v.isTextual() || !v.asText().isBlank()); // (Perigon's "summary": "" before its "description")
    }

    /** The first of the names' values, not null, that passes {@code usable} (a date's name may hold a status: "published"). */
    static JsonNode first(JsonNode node, List<String> names, Predicate<JsonNode> usable) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && !v.isNull() && usable.test(v)) {
                return v;
            }
        }
        return null;
    }
}
