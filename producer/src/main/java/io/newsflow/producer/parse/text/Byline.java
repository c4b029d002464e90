package io.newsflow.producer.parse.text;

import java.util.List;

/**
 * What a byline says: the authors (natural case), the outlet when named, a publication date when
 * the byline carries one, and for an inline byline the paragraph text that follows it.
 *
 * @param authors   author names, possibly empty
 * @param source    the outlet, or null
 * @param date      a date written in the byline, or null
 * @param remainder the rest of the paragraph after an inline byline, or null for a standalone line
 * @param label     the kind of piece the byline names ("Kommentar", "Analysis"), or null
 */
public record Byline(List<String> authors, String source, DateExtractor.FoundDate date, String remainder, String label) {

    /** A byline without a label. */
    public Byline(List<String> authors, String source, DateExtractor.FoundDate date, String remainder) {
        this(authors, source, date, remainder, null);
    }
}
