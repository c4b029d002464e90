package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

/**
 * Whether a page names a word as its own outlet further down: in a sign-off with its domain ("–
 * Rappler.com"), a copyright line ("© 2025 Estadão", "Copyright 2025 Index") or a plea for support
 * ("Support Rappler's journalism", a newsletter's "Subscribe to Letters from an Engineer"). It tells a site's one-word name over its section ("Rappler" /
 * "Nation") from a place over its section ("Scotland" / "Politics"), which no page signs with.
 */
final class OutletMentions {

    private OutletMentions() {
    }

    /** True when a line from {@code from} on names {@code name} as the page's outlet. */
    static boolean namedBelow(PageLines lines, int from, String name) {
        String n = Pattern.quote(name);
        Pattern named = UnicodeRegex.compile("(?iu)^\\W{0,3}" + n + "\\.(?:com|net|org|co\\.[a-z]{2}|com\\.[a-z]{2}|[a-z]{2})\\W*$"
                + "|(?:©|\\bcopyright\\b)\\W*(?:\\d{4}\\W+)?" + n + "\\b"
                + "|\\bsupport\\s+" + n + "(?:['’]s)?\\s+(?:journalism|reporting|work)\\b"
                + "|^\\W*subscribe to " + n + "\\W*$" // a newsletter platform's footer
                + "|\\b(?:member|partner) of " + n + "\\b"); // a research outlet's partners: "... as a member of The Conversation AU"
        for (int j = from; j < lines.size(); j++) {
            String line = lines.get(j);
            if (line.length() <= 200 && named.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }
}
