package io.newsflow.producer.parse;

import java.util.Locale;
import java.util.Map;

/**
 * Publishing platforms that name themselves as a page's site ({@code og:site_name}) although the page is a writer's or a
 * channel's own: LinkedIn's articles, Medium's stories, Telegraph's instant pages (telegra.ph), LiveJournal's and
 * Dreamwidth's journals. The platform is no
 * outlet; the page's writer, its publication or its channel is read instead, or none.
 */
final class PublishingPlatforms {

    /**
     * Each platform's site name, lower case, and the host its pages live on; an empty host when the name alone tells
     * (no newspaper is called "LinkedIn"), a host when a paper might share the name ("Telegraph").
     */
    private static final Map<String, String> PLATFORMS = Map.of("linkedin", "", "medium", "", "telegraph", "telegra.ph",
            "livejournal", "", "dreamwidth", ""); // (the journals' hosts: a journal's title is its own)

    private PublishingPlatforms() {
    }

    /** Whether {@code siteName} is a platform's own name on a page at {@code url} (which may be null). */
    static boolean is(String siteName, String url) {
        if (siteName == null) {
            return false;
        }
        String host = PLATFORMS.get(siteName.strip().toLowerCase(Locale.ROOT));
        return host != null && (host.isEmpty() || url != null && url.contains("://" + host + "/"));
    }
}
