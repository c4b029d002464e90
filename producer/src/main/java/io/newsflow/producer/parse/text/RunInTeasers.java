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

    /** An embedded post's photo link run into its text: "... hasta nuevo aviso. pic.twitter.com/Xb12Lm9QzA". */
    private static final Pattern PHOTO_LINK = Pattern.compile("\\s*\\bpic\\.(?:twitter|x)\\.com/\\w+");

    private RunInTeasers() {
    }

    /** The paragraph without a teaser or an embedded post's photo link run into it; the same string when it has none. */
    public static String strip(String paragraph) {
        String text = paragraph.contains("pic.") ? PHOTO_LINK.matcher(paragraph).replaceAll("") : paragraph;
        if (text.length() < 20 || text.indexOf(':') < 0) {
            return text; // (most paragraphs: no colon, no teaser)
        }
        return TRAILING_TEASER.matcher(text).replaceFirst("");
    }
}
