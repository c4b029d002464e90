package io.newsflow.producer.parse.text;

import java.util.Optional;

import io.newsflow.avro.TimeProvenance;
import io.newsflow.producer.parse.ArticleDraft;

/**
 * The writer and the day printed in a kicker's segments beside its section: "Politica | di Lorenzo Castelli | 3 Dicembre
 * 2026", as some Italian dailies print the line over the headline. A segment counts only when it is a byline with its
 * lead-in ("di", "by", "von") or a date alone; the section is the kicker's own.
 */
final class KickerFacts {

    private KickerFacts() {
    }

    /** Offers the draft the authors and the publication date that the kicker line's later segments hold. */
    static void take(String line, ArticleDraft draft) {
        String[] segments = BylineDetector.SEGMENTS.split(line.strip());
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i].strip();
            Optional<Byline> byline = BylineDetector.hasLeadIn(segment) ? BylineDetector.standalone(segment) : Optional.empty();
            if (byline.isPresent()) {
                byline.get().authors().forEach(draft::addAuthor);
                continue;
            }
            Optional<MetaDateLine.Result> date = MetaDateLine.parse(segment);
            if (date.isPresent() && date.get().published() != null) {
                DateExtractor.FoundDate published = date.get().published();
                draft.offerPublished(published.instant(), TimeProvenance.TEXT, published.text());
            }
        }
    }
}
