package io.newsflow.streams.fingerprint;

import java.util.Arrays;

/**
 * Turns canonical text into 64-bit hashes of word shingles (runs of {@code size} consecutive words)
 * without allocating a string per word or per shingle: each word is hashed once with FNV-1a, and a
 * shingle's hash mixes its words' hashes, finished with the MurmurHash3 64-bit finaliser so that
 * every output bit depends on every input bit (FNV alone leaves the high bits weak, which SimHash
 * and MinHash would both feel).
 *
 * <p>A word is a maximal run of letters or digits. Texts shorter than one shingle yield a single
 * shingle of all their words, so a one-word body still has a fingerprint.
 */
public final class Shingles {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Shingles() {
    }

    /**
     * Hashes every word of a text, in order.
     *
     * @param text canonical text (see {@link BodyNormalizer})
     * @return one 64-bit hash per word
     */
    public static long[] wordHashes(String text) {
        long[] out = new long[Math.max(16, text.length() / 5)];
        int count = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ c) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = fmix64(h);
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        if (inWord) {
            if (count == out.length) {
                out = Arrays.copyOf(out, count + 1);
            }
            out[count++] = fmix64(h);
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * Hashes each run of {@code size} consecutive words.
     *
     * @param words word hashes from {@link #wordHashes}
     * @param size the shingle size in words, at least 1
     * @return one hash per shingle: {@code max(1, words - size + 1)} of them, none for no words
     */
    public static long[] shingleHashes(long[] words, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1, got " + size);
        }
        if (words.length == 0) {
            return new long[0];
        }
        int n = Math.max(1, words.length - size + 1);
        int width = Math.min(size, words.length);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9e3779b97f4a7c15L;
            for (int j = 0; j < width; j++) {
                h = Long.rotateLeft(h, 23) ^ words[i + j];
                h *= 0xff51afd7ed558ccdL;
            }
            out[i] = fmix64(h);
        }
        return out;
    }

    /** MurmurHash3's 64-bit finaliser: a bijective avalanche mix. */
    static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
