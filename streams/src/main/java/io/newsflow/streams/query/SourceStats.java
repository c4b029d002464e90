package io.newsflow.streams.query;

/**
 * One source's counts in a window.
 *
 * @param source        the outlet, or {@code unknown}
 * @param articles      unique articles plus duplicates
 * @param words         words of its unique articles
 * @param duplicates    duplicate decisions
 * @param duplicateRate duplicates / articles, 0 without articles
 */
public record SourceStats(String source, long articles, long words, long duplicates, double duplicateRate) {

    /** The stats of {@code source} from its counts, computing the rate. */
    public static SourceStats of(String source, long articles, long words, long duplicates) {
        return new SourceStats(source, articles, words, duplicates, articles <= 0 ? 0.0 : (double) duplicates / articles);
    }
}
