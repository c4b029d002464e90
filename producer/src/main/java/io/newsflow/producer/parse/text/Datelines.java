package io.newsflow.producer.parse.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire-service datelines that open a story: {@code LISBON (Reuters) -},
 * {@code WASHINGTON, Oct. 7 (AP) —}, {@code PARIS (AFP) –}. The agency in brackets is a source.
 */
public final class Datelines {
    private static final Pattern DATELINE = Pattern.compile(
            "^([\\p{Lu}][\\p{Lu}\\p{M} .'’/-]{1,40}?)(?:,\\s*[^()]{1,40}?)?\\s*\\(([^()]{2,40})\\)\\s*[-–—]+\\s*");

    private Datelines() {
    }

    /** The agency named by a dateline at the start of the paragraph, if any. */
    public static Optional<String> agency(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        return m.find() ? Optional.of(m.group(2).strip()) : Optional.empty();
    }

    /** The paragraph without its opening dateline. */
    public static String strip(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        return m.find() ? paragraph.substring(m.end()) : paragraph;
    }
}
