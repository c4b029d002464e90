package io.newsflow.producer.parse;

/**
 * A page's or a news API's title often ends with the site's name ("Headline | Le Soir", "Headline - Le
 * Soir"); the headline is what comes before it. Only the exact name of the article's own source is
 * cut, after one of the usual separators, so a headline that merely ends with a name stays whole.
 */
final class SiteSuffixes {

    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: "};

    private SiteSuffixes() {
    }

    /** {@code title} without " | site" (or another separator and the site) at its end; null when blank. */
    static String strip(String title, String site) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        if (site != null) {
            for (String sep : SEPARATORS) {
                if (t.endsWith(sep + site)) {
                    return t.substring(0, t.length() - sep.length() - site.length()).strip();
                }
            }
        }
        return t;
    }
}
