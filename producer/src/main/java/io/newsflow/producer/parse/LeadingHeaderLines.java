package io.newsflow.producer.parse;

import java.util.Locale;
import java.util.Optional;

import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.text.Byline;
import io.newsflow.producer.parse.text.BylineDetector;
import io.newsflow.producer.parse.text.MetaDateLine;

/**
 * A page's text kept whole in a JSON record (a crawler's "text", a scraper's "maintext") begins as the page did: the
 * headline again, the byline, the date line, then the story ("Solar lights planned for the river path" / "By Megan
 * Castillo" / "December 5, 2026" / "The town council will ..."). Those lines are the header the record's own fields
 * already hold, not the story's first paragraphs: dropped from the body's head, at most a few and only while each is one.
 * A byline is dropped only when it has a lead-in ("By") and names no writer the record does not (any it adds are taken);
 * a date line's date is the story's when the record's fields gave none (a preserved page's text, Linkwarden's).
 */
final class LeadingHeaderLines {
    private static final int MAX_LINES = 4;

    private LeadingHeaderLines() {
    }

    /** Drops the header lines at the head of the draft's body, keeping at least one block. */
    static void drop(ArticleDraft draft) {
        for (int dropped = 0; dropped < MAX_LINES && draft.body.size() > 1; dropped++) {
            String line = draft.body.get(0).getText().strip();
            if (!repeatsTitle(line, draft.title) && !isByline(line, draft) && !isDateLine(line, draft)) {
                return;
            }
            draft.body.remove(0);
        }
    }

    private static boolean repeatsTitle(String line, String title) {
        return title != null && ArticleIds.normaliseText(line).equals(ArticleIds.normaliseText(title));
    }

    private static boolean isByline(String line, ArticleDraft draft) {
        Optional<Byline> byline = BylineDetector.hasLeadIn(line) ? BylineDetector.standalone(line) : Optional.empty();
        if (byline.isEmpty() || byline.get().authors().isEmpty()) {
            return false;
        }
        if (draft.authors.isEmpty()) {
            return draft.offerWrittenByline(line);
        }
        return byline.get().authors().stream().allMatch(name -> draft.authors.stream()
                .anyMatch(known -> known.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))));
    }

    /** Whether the line is a stamp; its publication date is the record's when the record's fields gave none. */
    private static boolean isDateLine(String line, ArticleDraft draft) {
        Optional<MetaDateLine.Result> stamp = MetaDateLine.parse(line).filter(date -> date.published() != null || date.updated() != null);
        if (stamp.isPresent() && stamp.get().published() != null && draft.publishedAt == null) {
            draft.offerPublished(stamp.get().published().instant(), TimeProvenance.TEXT, line);
        }
        return stamp.isPresent();
    }
}
