package io.newsflow.streams.query;

/**
 * One trending term.
 *
 * @param term  entity name or keyword
 * @param count estimated number of articles in the window naming it (Space-Saving: never below the true number)
 */
public record TrendEntry(String term, long count) {
}
