package io.newsflow.streams.fingerprint;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The deduplication fingerprints of one article body.
 *
 * @param contentHash hex SHA-256 of the canonical body: equal means exact duplicate
 * @param simhash 64-bit SimHash: a small Hamming distance means a near-duplicate candidate
 * @param minhash MinHash sketch ({@link MinHash#SKETCH_BYTES} bytes) for the second check
 * @param wordCount words in the canonical body
 */
public record Fingerprint(String contentHash, long simhash, byte[] minhash, int wordCount) {

    /** Validates the parts. */
    public Fingerprint {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(minhash, "minhash");
        if (minhash.length != MinHash.SKETCH_BYTES) {
            throw new IllegalArgumentException("minhash must have " + MinHash.SKETCH_BYTES + " bytes, got " + minhash.length);
        }
        minhash = minhash.clone();
    }

    @Override
    public byte[] minhash() {
        return minhash.clone();
    }

    /** The SimHash as 16 hex digits, as printed by {@code newsflow parse --json}. */
    public String simhashHex() {
        return HexFormat.of().toHexDigits(simhash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.contentHash.equals(contentHash) && f.simhash == simhash
                && Arrays.equals(f.minhash, minhash) && f.wordCount == wordCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentHash, simhash, Arrays.hashCode(minhash), wordCount);
    }

    @Override
    public String toString() {
        return "Fingerprint[contentHash=" + contentHash + ", simhash=" + simhashHex() + ", words=" + wordCount + "]";
    }
}
