package io.newsflow.streams.fingerprint;

import java.util.Arrays;
import java.util.List;

/**
 * English function words, as word hashes ({@link Shingles#wordHashes}), so SimHash can leave them
 * out without looking at strings. Function words make every English text look alike: kept in, they
 * pull unrelated fingerprints together and crowd the block index (measured in docs/dedup.md). Text
 * in other languages simply keeps all its words.
 */
public final class StopWords {

    private static final List<String> WORDS = List.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
            "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
            "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
            "is", "it", "its", "itself", "just", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on",
            "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "said", "same", "she", "should",
            "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they",
            "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what",
            "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "s",
            "t", "new", "two", "three", "year", "years", "like", "says", "say", "may", "many", "much", "who", "yet",
            "still", "very", "well", "even", "back", "last", "first", "since", "per", "cent", "percent");

    private static final long[] HASHES = WORDS.stream().distinct()
            .mapToLong(w -> Shingles.wordHashes(w)[0]).sorted().toArray();

    private StopWords() {
    }

    /** Whether a word hash is a function word's. */
    public static boolean contains(long wordHash) {
        return Arrays.binarySearch(HASHES, wordHash) >= 0;
    }

    /** The word hashes that are not function words, in order. */
    public static long[] removeFrom(long[] wordHashes) {
        long[] out = new long[wordHashes.length];
        int n = 0;
        for (long h : wordHashes) {
            if (!contains(h)) {
                out[n++] = h;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
