package io.newsflow.streams.fingerprint;

import java.util.Arrays;

/**
 * A compact MinHash sketch of a text's word-shingle set, used as the second check on SimHash
 * candidates: it estimates the Jaccard similarity of the two shingle sets, which separates a
 * republication (most shingles shared) from a different article on the same event (few shared)
 * far more sharply than a Hamming distance can.
 *
 * <p>One-permutation hashing (Li, Owen and Zhang, NIPS 2012): each shingle hash falls into one of
 * {@link #BINS} bins by its top bits and each bin keeps the minimum of its remaining bits, truncated
 * to 16 bits (b-bit MinHash). One pass over the shingles, 128 bytes per sketch. Empty bins are
 * marked and left out of the estimate, as the paper's estimator does.
 */
public final class MinHash {

    /** Number of bins in a sketch. */
    public static final int BINS = 64;
    /** Words per shingle: 3-word shingles make the set sensitive to wording, not only vocabulary. */
    public static final int SHINGLE_SIZE = 3;
    /** Size of a serialised sketch. */
    public static final int SKETCH_BYTES = BINS * 2;

    private static final int EMPTY = 0xFFFF;

    private MinHash() {
    }

    /**
     * @param wordHashes the text's word hashes ({@link Shingles#wordHashes})
     * @return the sketch, {@link #SKETCH_BYTES} bytes, big-endian 16-bit bin minima
     */
    public static byte[] sketch(long[] wordHashes) {
        long[] shingles = Shingles.shingleHashes(wordHashes, SHINGLE_SIZE);
        long[] minima = new long[BINS];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (long h : shingles) {
            int bin = (int) (h >>> 58);
            long rest = h & 0x03FFFFFFFFFFFFFFL;
            if (rest < minima[bin]) {
                minima[bin] = rest;
            }
        }
        byte[] out = new byte[SKETCH_BYTES];
        for (int bin = 0; bin < BINS; bin++) {
            int value = minima[bin] == Long.MAX_VALUE ? EMPTY : (int) Math.min(EMPTY - 1, minima[bin] >>> 42);
            out[2 * bin] = (byte) (value >>> 8);
            out[2 * bin + 1] = (byte) value;
        }
        return out;
    }

    /**
     * Estimated Jaccard similarity of the shingle sets behind two sketches.
     *
     * @return matching non-empty bins over bins non-empty in either sketch; 0 when both are empty
     * @throws IllegalArgumentException when a sketch does not have {@link #SKETCH_BYTES} bytes
     */
    public static double similarity(byte[] a, byte[] b) {
        check(a, "first");
        check(b, "second");
        int matches = 0;
        int used = 0;
        for (int bin = 0; bin < BINS; bin++) {
            int va = ((a[2 * bin] & 0xFF) << 8) | (a[2 * bin + 1] & 0xFF);
            int vb = ((b[2 * bin] & 0xFF) << 8) | (b[2 * bin + 1] & 0xFF);
            if (va == EMPTY && vb == EMPTY) {
                continue;
            }
            used++;
            if (va == vb) {
                matches++;
            }
        }
        return used == 0 ? 0.0 : (double) matches / used;
    }

    private static void check(byte[] sketch, String which) {
        if (sketch == null || sketch.length != SKETCH_BYTES) {
            throw new IllegalArgumentException("the " + which + " MinHash sketch must have " + SKETCH_BYTES
                    + " bytes, got " + (sketch == null ? "null" : sketch.length));
        }
    }
}
