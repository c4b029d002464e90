package io.newsflow.producer.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.newsflow.producer.parse.text.DateExtractor;

/**
 * A JSON article's publication date: where content systems and APIs keep it ({@code publishedAt}, {@code datePublished},
 * Contentstack's {@code publish_details.time}, ...) and how they write it (ISO 8601 with or without a zone, its basic
 * form, epoch seconds or milliseconds, RFC 1123, or a date written out). Shared by the other formats' metadata dates.
 */
final class JsonDates {
    /** The usual names of a publication date. */
    static final List<String> PUBLISHED = List.of("publishedAt", "published_at", "published", "datePublished",
            "date_published", "pubDate", "publicationDate", "publishedDate", "publishDate", "publication_date", "publish_date", "published_date", "first_published",
            "firstPublished", "firstPublishedDate", "first_publish_date", "first_publication_date", "first_published_at", "_firstPublishedAt", "display_date",
            "date_gmt", "date", "created_at", "createdAt", "webPublicationDate", "firstcreated", "date_publish", "post_date", "pub_date", "postDate", "_publishedAt",
            "_publish_on", "publish_on", "firstPublishedOn", "publishedOn", "postingDate", "effective", "startPublish", "publishOn",
            "publishAt", "$createdAt", "publishedTime", "datetime", "releaseDate", "release_date", "externallyDisplayedDate", "created_on_time"); // (AP's; news-please's; Readability's; TYPO3 news';
            // Substack's; the NYT's; DatoCMS's; Prepr's; Webiny's; dotCMS's; Plone's "effective", Dublin Core's date an item
            // takes effect; Optimizely's "startPublish"; Squarespace's "publishOn", epoch milliseconds; Appwrite's "$createdAt";
            // Kentico's news page's "NewsReleaseDate", its type's prefix read off; CoreMedia's "externallyDisplayedDate"; the Fever API's
            // "created_on_time", a feed reader's item's date in epoch seconds)
    /** "20251201T094500Z", "20251201T094500+0100", "20251201": ISO 8601's basic form (NITF's dates, a page's "pdate"). */
    private static final Pattern BASIC_DATE = Pattern.compile("(\\d{8})(?:T(\\d{4}(?:\\d{2})?)(Z|[+-]\\d{4})?)?");
    private static final DateTimeFormatter BASIC_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss[X]");
    /** An ISO 8601 date and time without a zone ("2025-11-27T08:12:00"). */
    private static final Pattern LOCAL_ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?");

    private JsonDates() {
    }

    /**
     * The article's publication date as the JSON gives it, or null: Contentstack's {@code "publish_details": {"time": ...}}
     * (its {@code created_at} is when the entry was drafted), else the first of the usual names, a localised field's value.
     */
    static JsonNode published(JsonNode node) {
        JsonNode details = node.path("publish_details").path("time");
        JsonNode date = details.isTextual() ? details : JsonRecords.localised(first(node));
        // a system's own fields beside the article's: Flotiq's {"internal": {"createdAt": ...}}, Contentful's {"sys": {...}}
        for (int k = 0; date == null && k < SYSTEM_FIELDS.size(); k++) {
            JsonNode system = node.path(SYSTEM_FIELDS.get(k));
            date = system.isObject() ? first(system) : null;
            date = date == null && system.path("version").isObject() ? first(system.get("version")) : date; // Contensis's sys.version
        }
        if (date == null && node.has("feed_id") && node.path("updated").isNumber()) {
            date = node.get("updated"); // a feed reader's headline (Tiny Tiny RSS's): the feed's date for the entry, its only one
        }
        return date != null && date.isObject() && date.path("date").isTextual() ? phpDateTime(date) : date;
    }

    /**
     * The first of the usual names' values that can be a date: a status under one of them ({@code "published":
     * "published"}, {@code "published": true}, Builder.io's and many CMSes') is none; or null.
     */
    static JsonNode first(JsonNode node) {
        return JsonFields.first(node, PUBLISHED, v -> !v.isBoolean() && !(v.isTextual() && v.asText().chars().noneMatch(Character::isDigit)));
    }

    /** Where a content system keeps its own fields about an entry, dates among them. */
    private static final List<String> SYSTEM_FIELDS = List.of("internal", "sys", "system", "meta", "_meta");

    /** PHP's DateTime as Craft writes it, {"date": "2026-12-05 07:15:00.000000", "timezone": "UTC"}, as an ISO instant. */
    private static JsonNode phpDateTime(JsonNode date) {
        try {
            return TextNode.valueOf(LocalDateTime.parse(date.path("date").asText().strip().replace(' ', 'T'))
                    .atZone(ZoneId.of(date.path("timezone").asText("UTC"))).toInstant().toString());
        } catch (DateTimeException e) {
            return date.path("date"); // an unknown zone: the written date, read as any other
        }
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
        if (text.strip().matches("1\\d{9}")) { // (or seconds since 1970, 2001 to 2033: a JSON-LD "datePublished": 1796542200)
            return Instant.ofEpochSecond(Long.parseLong(text.strip()));
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
