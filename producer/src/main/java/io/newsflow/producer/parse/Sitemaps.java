package io.newsflow.producer.parse;

import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectionReason;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sitemap ({@code <urlset>}, a Google News sitemap's {@code news:news} entries among them, or a {@code <sitemapindex>})
 * is XML a feed reader mistakes for a broken feed: it lists the addresses of pages, their titles and dates at most, and
 * none of their text. It is rejected as having no content, with a message that says what it is and what to do (fetch
 * the pages and parse them), not as a malformed feed.
 */
final class Sitemaps {

    private static final int SNIFF_CHARS = 2_000;
    private static final Pattern LOC = Pattern.compile("<loc>");

    private Sitemaps() {
    }

    /** Whether the XML's root is a sitemap's. */
    static boolean is(String xml) {
        String head = xml.substring(0, Math.min(xml.length(), SNIFF_CHARS)).toLowerCase(Locale.ROOT);
        return head.contains("<urlset") || head.contains("<sitemapindex");
    }

    /** The rejection of a sitemap, naming how many pages it links to. */
    static ParseOutcome rejection(String xml, String origin, Instant ingestedAt) {
        int links = 0;
        for (Matcher m = LOC.matcher(xml); m.find(); ) {
            links++;
        }
        return ParseOutcome.rejected(Rejection.ofText(origin, null, RejectionReason.NO_CONTENT,
                "a sitemap lists the addresses of " + links + " pages, not their text: fetch the pages and parse them",
                xml, InputFormat.UNKNOWN, ingestedAt));
    }
}
