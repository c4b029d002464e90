package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

/**
 * Tells a section heading from a paragraph: a short line (at most 12 words, 90 characters) that
 * starts with a capital, a digit or a quote, does not end like a sentence or a list item ({@code .,;:}),
 * and is followed by a longer paragraph. A short line at the very end is a signature, not a heading.
 */
public final class HeadingDetector {
    static final int MAX_WORDS = 12;
    static final int MAX_CHARS = 90;
    private static final Pattern STARTS_WELL = Pattern.compile("^[\\p{Lu}\\p{N}\"“‘'«¿¡].*");
    private static final Pattern ENDS_LIKE_SENTENCE = Pattern.compile(".*[.,;:…]$");

    private HeadingDetector() {
    }

    /** True when {@code line} is a heading given the next content line (null when it is the last). */
    public static boolean isHeading(String line, String next) {
        String text = line.strip();
        if (next == null || text.isEmpty() || text.length() > MAX_CHARS || text.split("\\s+").length > MAX_WORDS) {
            return false;
        }
        if (!STARTS_WELL.matcher(text).matches() || ENDS_LIKE_SENTENCE.matcher(text).matches()) {
            return false;
        }
        String following = next.strip();
        return following.length() > text.length() && (following.length() > MAX_CHARS || following.matches(".*[.!?\"”»)]$"));
    }
}
