package io.newsflow.producer.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.newsflow.avro.TimeProvenance;

/**
 * The day a page's own address gives, as many sites file their stories: {@code /news/2025/12/01/council-approves-...}.
 * Read last, only when neither the metadata nor the text dated the story: a real date the site wrote, not a guess, but a
 * day without its time (midnight UTC, as a date written without a time is read).
 */
final class UrlDates {

    /** "/2025/12/01/": a year, a month and a day as three path segments. */
    private static final Pattern DATED_PATH = Pattern.compile("/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/");

    private UrlDates() {
    }

    /** Offers the day in the page's canonical address (or its {@code og:url}) when the story has no date yet. */
    static void read(Document doc, ArticleDraft draft) {
        if (draft.publishedAt != null) {
            return;
        }
        Element canonical = doc.selectFirst("link[rel=canonical][href], meta[property=og:url][content]");
        String url = canonical == null ? "" : canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
        Matcher day = DATED_PATH.matcher(url);
        if (!day.find()) {
            return;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3)));
            draft.offerPublished(date.atStartOfDay().toInstant(ZoneOffset.UTC), TimeProvenance.METADATA, url);
        } catch (DateTimeException e) {
            // "/2025/02/30/": no such day, so no date
        }
    }
}
