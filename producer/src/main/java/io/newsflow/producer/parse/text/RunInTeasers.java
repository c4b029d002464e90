package io.newsflow.producer.parse.text;

import java.util.regex.Pattern;

/**
 * A link to another story run into the end of a paragraph, after its last sentence: "... at peak hours. Read more: Oslo
 * orders new metro trains". A CMS's export or a feed flattens the link's block into the text before it; alone on its
 * line the same label is furniture ({@link JunkLineDetector}), and run in it is no more the story's.
 */
public final class RunInTeasers {

    /** The label after a sentence's end, then a headline of its own without a sentence's end, to the paragraph's end. */
    private static final Pattern TRAILING_TEASER = UnicodeRegex.compile("(?iu)(?<=[.!?\"”’»])\\s+(?:read more|read also|see also|"
            + "also read|lire aussi|lesen sie auch|mehr zum thema|leia também|leer más|lee también|leggi anche|lees ook|läs också)"
            + "\\s*:\\s*[^.!?:\\n]{3,120}$");

    private RunInTeasers() {
    }

    /** The paragraph without a teaser run into its end; the same string when it has none. */
    public static String strip(String paragraph) {
        if (paragraph.length() < 20 || paragraph.indexOf(':') < 0) {
            return paragraph; // (most paragraphs: no colon, no teaser)
        }
        return TRAILING_TEASER.matcher(paragraph).replaceFirst("");
    }
}
