package io.newsflow.streams.fingerprint;

import java.util.Arrays;

/**
 * Charikar's 64-bit SimHash over word shingles: every shingle votes +w on the bits set in its hash
 * and -w on the others; the fingerprint keeps the bits with a positive total. Similar texts get
 * fingerprints at a small Hamming distance.
 *
 * <p>The shingle size and the weighting were chosen by measurement on the labelled corpus (see
 * docs/dedup.md): the defaults are {@link #DEFAULT_SHINGLE_SIZE} and {@link Weighting#TF} over content words.
 */
public final class SimHash {

    /** Shingle size chosen by measurement. */
    public static final int DEFAULT_SHINGLE_SIZE = 1;
    /** Weighting chosen by measurement. */
    public static final Weighting DEFAULT_WEIGHTING = Weighting.TF;
    /** Function-word removal chosen by measurement. */
    public static final boolean DEFAULT_CONTENT_WORDS_ONLY = true;

    /** How repeated shingles weigh in the vote. */
    public enum Weighting {
        /** Every occurrence votes once (term frequency). */
        TF,
        /** Each distinct shingle votes once, however often it occurs (a set). */
        SET,
        /** A distinct shingle votes 1 + ln(occurrences): repeats count, sub-linearly. */
        LOG_TF,
        /** A distinct shingle votes occurrences squared: frequent words dominate (measured, rejected). */
        TF_SQUARED
    }

    private final int shingleSize;
    private final Weighting weighting;
    private final boolean contentWordsOnly;

    /** SimHash with the measured defaults. */
    public SimHash() {
        this(DEFAULT_SHINGLE_SIZE, DEFAULT_WEIGHTING);
    }

    /**
     * @param shingleSize words per shingle, at least 1
     * @param weighting how repeated shingles weigh
     */
    public SimHash(int shingleSize, Weighting weighting) {
        this(shingleSize, weighting, DEFAULT_CONTENT_WORDS_ONLY);
    }

    /**
     * @param shingleSize words per shingle, at least 1
     * @param weighting how repeated shingles weigh
     * @param contentWordsOnly whether to leave out function words ({@link StopWords}) first
     */
    public SimHash(int shingleSize, Weighting weighting, boolean contentWordsOnly) {
        if (shingleSize < 1) {
            throw new IllegalArgumentException("SimHash shingle size must be at least 1, got " + shingleSize);
        }
        this.shingleSize = shingleSize;
        this.weighting = weighting;
        this.contentWordsOnly = contentWordsOnly;
    }

    /**
     * @param wordHashes the text's word hashes ({@link Shingles#wordHashes})
     * @return the 64-bit fingerprint; 0 for a text without words
     */
    public long of(long[] wordHashes) {
        long[] words = contentWordsOnly ? StopWords.removeFrom(wordHashes) : wordHashes;
        long[] shingles = Shingles.shingleHashes(words.length == 0 ? wordHashes : words, shingleSize);
        if (shingles.length == 0) {
            return 0L;
        }
        long[] votes = new long[64];
        if (weighting == Weighting.TF) {
            // every occurrence votes once: no need to group equal shingles
            for (long h : shingles) {
                vote(votes, h, 1);
            }
        } else {
            // sorting groups equal shingles, so counting occurrences needs no hash map
            Arrays.sort(shingles);
            int i = 0;
            while (i < shingles.length) {
                int j = i + 1;
                while (j < shingles.length && shingles[j] == shingles[i]) {
                    j++;
                }
                vote(votes, shingles[i], weight(j - i));
                i = j;
            }
        }
        long fingerprint = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    /** Weights in fixed point (1/1024) so the vote loop stays in integer arithmetic. */
    private long weight(int occurrences) {
        switch (weighting) {
            case SET:
                return 1024;
            case TF_SQUARED:
                return 1024L * occurrences * occurrences;
            case LOG_TF:
                return Math.round(1024 * (1.0 + Math.log(occurrences)));
            default:
                return 1024L * occurrences;
        }
    }

    private static void vote(long[] votes, long hash, long w) {
        // branch-free: +w for a set bit, -w for a clear one
        for (int bit = 0; bit < 64; bit++) {
            votes[bit] += (((hash >>> bit) & 1L) << 1) * w - w;
        }
    }
    /** Number of differing bits between two fingerprints. */
    public static int hammingDistance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    @Override
    public String toString() {
        return "SimHash(shingle=" + shingleSize + ", weighting=" + weighting + ", contentWordsOnly=" + contentWordsOnly + ")";
    }
}
