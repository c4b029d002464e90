package io.newsflow.streams.query;

/**
 * Unique articles of one language in a window.
 *
 * @param language ISO 639-1 code, or {@code unknown}
 * @param count    first versions of unique articles
 */
public record LanguageCount(String language, long count) {
}
