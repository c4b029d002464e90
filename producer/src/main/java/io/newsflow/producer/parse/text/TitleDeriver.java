package io.newsflow.producer.parse.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a headline from a lead when the input has none: the lead's first sentence (without a
 * wire dateline such as {@code LISBON (Reuters) -}); a long sentence is cut at its first clause
 * boundary, else at a word boundary with an ellipsis. The result is never empty for non-blank text.
 */
public final class TitleDeriver {
    static final int MAX_LENGTH = 90;
    private static final int MIN_CLAUSE = 30;
    // (the mark first: the lookbehinds then run at the marks only, not at every character of a long lead)
    private static final Pattern SENTENCE_END = UnicodeRegex.compile("(?=[.!?])(?<![A-Z]\\.[A-Z])(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Gov|Sen|Rep|No|vs|etc|Inc|Ltd|Co|Corp|U\\.S|U\\.K|approx))[.!?](?=\\s+[\"“‘'(\\p{Lu}\\d]|\\s*$)");
    private static final Pattern CLAUSE = UnicodeRegex.compile(",\\s|;\\s|\\s[–—-]\\s|:\\s");

    private TitleDeriver() {
    }

    /** A title derived from the given lead text. */
    public static String derive(String lead) {
        if (lead == null || lead.isBlank()) {
            return "(untitled)";
        }
        String text = Datelines.strip(lead.strip());
        Matcher end = SENTENCE_END.matcher(text);
        String sentence = end.find() ? text.substring(0, end.start() + (text.charAt(end.start()) == '.' ? 0 : 1)) : text;
        sentence = sentence.strip();
        if (sentence.length() <= MAX_LENGTH) {
            return sentence;
        }
        Matcher clause = CLAUSE.matcher(sentence);
        while (clause.find()) {
            if (clause.start() >= MIN_CLAUSE && clause.start() <= MAX_LENGTH) {
                return sentence.substring(0, clause.start()).strip();
            }
            if (clause.start() > MAX_LENGTH) {
                break;
            }
        }
        int cut = sentence.lastIndexOf(' ', MAX_LENGTH - 10);
        return sentence.substring(0, cut > 0 ? cut : MAX_LENGTH - 10).strip() + "…";
    }
}
