package io.newsflow.streams.dedup.quality;

/**
 * Two articles and whether deduplication should call the second a duplicate of the first.
 *
 * @param kind how the pair was made (e.g. "word-edits", "same-event")
 * @param original the first article
 * @param other the second article
 * @param duplicate the label
 */
record LabelledPair(String kind, CorpusArticle original, CorpusArticle other, boolean duplicate) {
}
