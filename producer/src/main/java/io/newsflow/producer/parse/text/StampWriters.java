package io.newsflow.producer.parse.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.producer.parse.ArticleDraft;

/**
 * The writer in a segment of a date stamp, after the date: "December 6, 2026 • Liz Farmer", "Posted: 6 December 2026 |
 * Catherine Eckford (European Pharmaceutical Review) | No comments yet" (the name, and the outlet in brackets). Read by
 * {@link MetaDateLine}, which lets such a segment stand in a stamp, and by {@link StampDetails}, which takes the writer.
 */
final class StampWriters {
    /** A name of two to four capitalised words, and an outlet in brackets after it. */
    private static final Pattern NAME_AND_OUTLET = UnicodeRegex.compile(
            "^(\\p{Lu}[\\p{L}\\p{M}.'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]+){1,3})\\s*\\((\\p{Lu}[^()]{1,60})\\)$");

    private StampWriters() {
    }

    /** Whether the segment is a writer's name with their outlet in brackets. */
    static boolean isWriterWithOutlet(String segment) {
        return writer(segment.strip()).isPresent();
    }

    /**
     * Offers the writer of the first segment after the dated one that is a name, alone or with its outlet in brackets,
     * when the draft has no writer yet; the outlet is offered as the byline's.
     */
    static void take(String[] segments, ArticleDraft draft) {
        if (segments.length < 2 || !draft.authors.isEmpty() || DateExtractor.find(segments[0]).isEmpty()) {
            return;
        }
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i].strip();
            Optional<Matcher> named = writer(segment);
            if (named.isPresent()) {
                draft.addAuthor(named.get().group(1));
                draft.offerSource(named.get().group(2).strip(), TextArticleParser.BYLINE);
                return;
            }
            if (i == segments.length - 1 && PersonNames.isName(segment)) {
                draft.addAuthor(segment); // ("December 6, 2026 • Liz Farmer": the last segment a name alone)
            }
        }
    }

    private static Optional<Matcher> writer(String segment) {
        Matcher m = NAME_AND_OUTLET.matcher(segment);
        return m.matches() && PersonNames.isName(m.group(1)) && !Places.isPlace(m.group(1))
                && Outlets.looksLikeOutlet(m.group(2).strip()) ? Optional.of(m) : Optional.empty();
    }
}
