package io.newsflow.producer.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.text.ArticleTypes;
import io.newsflow.producer.parse.text.DateExtractor;

/**
 * Reads article fields from a JSON object under their usual names ({@code body}/{@code content}/
 * {@code text}/{@code articleBody}, {@code author} as a string, object or list, {@code authors},
 * {@code source} as a string or {@code {"name": ...}}, {@code publishedAt}/{@code datePublished}/
 * {@code pubDate} as ISO 8601, epoch milliseconds or a written date), once {@link JsonWrappers} has
 * found the object that holds the article. Dates from JSON are metadata.
 */
final class JsonFields {
    static final List<String> BODY = List.of("body", "content", "text", "articleBody", "article_body", "fullText",
            "body_html", "bodyHtml", "content_html", "contentHtml", "html", "article_text", "articleText", "full_text",
            "story_text", "bodyText", "content_text", "body_text", "maintext"); // (news-please's "maintext")
    private static final List<String> URL = List.of("url", "canonicalUrl", "canonical_url", "link", "permalink", "webUrl", "web_url");
    private static final List<String> TITLE = List.of("title", "headline", "headlines", "name", "webTitle");
    static final List<String> LEAD = List.of("lead", "standfirst", "summary", "description", "subtitle", "dek",
            "excerpt", "trailText", "subheadline", "subheadlines", "lead_paragraph", "abstract", "teaser"); // (the NYT's; Storyblok's)
    /**
     * What an object holding a name, a title, a byline or the body calls its text ({"main": ...}, {"basic": ...}; a GraphQL
     * API's {"displayName": ...} and {"body": {"html": "<p>..."}}).
     */
    static final List<String> OBJECT_TEXT = List.of("name", "rendered", "main", "basic", "original", "displayName",
            "display_name", "fullName", "full_name", "html",
            "title"); // Event Registry's source: {"uri": "lakesidecourier.example", "title": "Lakeside Courier"}
    private static final List<String> SOURCE = List.of("source", "outlet", "publisher", "siteName", "site_name", "site", "publication",
            "source_name", "sourceName", "provider"); // (a news API's {"source_id": "x", "source_name": "X"}; a wire's "provider")
    static final List<String> PUBLISHED = List.of("publishedAt", "published_at", "published", "datePublished",
            "date_published", "pubDate", "publicationDate", "publishedDate", "publishDate", "publication_date", "publish_date", "published_date", "first_published",
            "firstPublished", "first_publish_date", "first_publication_date", "first_published_at", "display_date", "date_gmt", "date",
            "created_at", "createdAt", "webPublicationDate", "firstcreated", "date_publish", "post_date", "pub_date"); // (AP's; news-please's; Substack's; the NYT's)
    private static final List<String> SECTION = List.of("section", "category", "articleSection", "department",
            "section_name", "sectionName", "section_title", "primary_tag"); // (Ghost's {"primary_tag": {"name": ...}})
    private static final List<String> TYPE = List.of("articleType", "type", "genre", "kind", "type_of_material");
    /** The mark a news API leaves where it cut the body: "… [+2113 chars]". */
    private static final Pattern TRUNCATION = Pattern.compile("\\s*(?:…|\\.\\.\\.)?\\s*\\[\\+\\d+ chars\\]\\s*$");
    /** "20251201T094500Z", "20251201T094500+0100", "20251201": ISO 8601's basic form (NITF's dates, a page's "pdate"). */
    private static final Pattern BASIC_DATE = Pattern.compile("(\\d{8})(?:T(\\d{4}(?:\\d{2})?)(Z|[+-]\\d{4})?)?");
    private static final DateTimeFormatter BASIC_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss[X]");
    /** An ISO 8601 date and time without a zone ("2025-11-27T08:12:00"). */
    private static final Pattern LOCAL_ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?");

    private JsonFields() {
    }

    static ArticleDraft toDraft(JsonNode node, String body) {
        ArticleDraft draft = new ArticleDraft();
        String source = text(node, SOURCE);
        draft.url = ScraperExports.url(text(node, URL), source); // (Trafilatura's "source" is the page's address)
        draft.title = plainText(node, TITLE);
        draft.lead = plainText(node, LEAD);
        JsonAuthors.read(node, draft);
        draft.offerWrittenByline(JsonBlocks.byline(node)); // Apple News Format's "By Dana Whitfield | The Lakeside Courier"
        draft.offerSource(ScraperExports.siteName(node, source, draft.title));
        draft.offerSource(WordPressFields.siteName(node));
        draft.title = SiteSuffixes.strip(draft.title, draft.source); // a news API's "Headline - Le Soir"
        draft.offerSection(FeedArticleParser.categoryLabel(text(node, SECTION))); // (a news API's slug: "business" is Business)
        // a content system's {"taxonomy": {"primary_section": {"name": ...}}}
        draft.offerSection(text(node.path("taxonomy"), List.of("primary_section", "section")));
        draft.offerSection(WordPressFields.category(node));
        draft.offerSection(firstCategory(node.path("categories"))); // ["Health"], [{"title": "Health"}]
        ScraperExports.categories(node, draft); // Trafilatura's "News;Transport"
        draft.offerSection(FeedArticleParser.categoryLabel(firstCategory(node.path("category")))); // a news API's ["business"]
        draft.offerSection(firstCategory(node.path("subject"))); // AP's [{"name": "Transportation"}]
        draft.offerSection(firstCategory(node.path("subjects"))); // a wire's ["Agriculture", "Trade"]
        draft.offerSection(FeedArticleParser.categoryLabel(firstCategory(node.path("tags")))); // last: as a JSON Feed's first tag
        draft.offerSection(node.path("origin").isObject() // a feed reader's entry (Feedly's): its feed's categories, not a page's keywords
                ? FeedArticleParser.categoryLabel(firstCategory(node.path("keywords"))) : null);
        draft.offerType(ArticleTypes.fromLabel(text(node, TYPE)));
        draft.offerType(ArticleTypes.fromLabel(draft.section));
        draft.offerType(JsonLdArticle.typeOf(node.path("@type").asText(""))); // a JSON-LD document as the input itself
        JsonNode published = JsonWrappers.localised(first(node, PUBLISHED));
        if (published != null) {
            Instant at = instant(published);
            draft.offerPublished(at, TimeProvenance.METADATA, published.asText());
        }
        // NewsAPI's "... [+2113 chars]": the API's cut, not the story's text
        BodyText.appendBlocks(draft, TRUNCATION.matcher(body).replaceFirst(""));
        if (draft.lead != null && !draft.body.isEmpty()
                && ArticleIds.normaliseText(draft.body.get(0).getText()).equals(ArticleIds.normaliseText(draft.lead))) {
            draft.body.remove(0);
        }
        return draft;
    }

    /** A list of categories' first: a string, or an object's {@code name} or {@code title}; or null. */
    private static String firstCategory(JsonNode categories) {
        if (!categories.isArray() || categories.isEmpty() || categories.get(0).isNumber()) {
            return null; // a number: WordPress's category ids, [4]
        }
        JsonNode first = categories.get(0);
        String name = first.isValueNode() ? first.asText() : first.path("name").asText(first.path("title").asText(""));
        return name.isBlank() ? null : name.strip();
    }

    static String text(JsonNode node, List<String> names) {
        JsonNode value = JsonRichText.plain(first(node, names)); // (Prismic's title: [{"type": "heading1", "text": ...}])
        if (value == null) {
            return null;
        }
        if (value.isObject()) { // WordPress: {"rendered": "<p>..."}; {"headline": {"main": ...}}; a CMS's relation or locales
            JsonNode record = JsonWrappers.relation(value);
            value = record.isValueNode() ? record : first(record, OBJECT_TEXT);
        }
        return value == null || !value.isValueNode() || value.asText().isBlank() ? null : value.asText().strip();
    }

    /**
     * The field's text; WordPress's {@code {"rendered": "..."}} is HTML and read as text, while any other
     * JSON text is plain and kept as written ("Antwerp pilots <b>strike</b> &" is a title, not markup).
     */
    static String plainText(JsonNode node, List<String> names) {
        JsonNode value = first(node, names);
        boolean rendered = value != null && value.isObject() && !value.has("name") && value.has("rendered");
        return rendered ? WordPressFields.plain(text(node, names)) : text(node, names);
    }

    /** The article's body: a string field, or a list of typed blocks ({@link JsonBlocks}); null when neither. */
    static String body(JsonNode node) {
        String body = text(node, BODY);
        return body != null ? body : JsonBlocks.html(node);
    }

    static JsonNode first(JsonNode node, List<String> names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && !v.isNull()) {
                return v;
            }
        }
        return null;
    }

    /** A date given as epoch seconds or milliseconds, or as text ({@link #parseDate}). */
    static Instant instant(JsonNode value) {
        if (value.isNumber()) {
            long n = value.asLong();
            // seconds or milliseconds since the epoch: below 10^11 it cannot be milliseconds after 1973
            return Instant.ofEpochMilli(n < 100_000_000_000L ? n * 1000 : n);
        }
        return parseDate(value.asText());
    }

    static Instant parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher basic = BASIC_DATE.matcher(text.strip());
        if (basic.matches() || text.strip().matches("\\d{13}")) { // (or milliseconds since 1970: Feedly's "published")
            return basic.matches() ? basicDate(basic) : Instant.ofEpochMilli(Long.parseLong(text.strip()));
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            if (LOCAL_ISO.matcher(text.strip()).matches()) {
                // "2025-11-27T08:12:00" (WordPress's date_gmt): no zone given, read as UTC like every zone-less date
                return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
            }
            try {
                return Instant.parse(text.strip());
            } catch (DateTimeParseException e2) {
                try {
                    return OffsetDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                } catch (DateTimeParseException e3) {
                    return DateExtractor.find(text).map(DateExtractor.FoundDate::instant).orElse(null);
                }
            }
        }
    }

    /** A date in ISO 8601's basic form, read as UTC when it has no zone; null when it is no date. */
    private static Instant basicDate(Matcher m) {
        try {
            if (m.group(2) == null) {
                return LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            String time = m.group(2).length() == 4 ? m.group(2) + "00" : m.group(2);
            String zone = m.group(3) == null ? "Z" : m.group(3);
            return OffsetDateTime.parse(m.group(1) + "T" + time + zone, BASIC_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
