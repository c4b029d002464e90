package io.newsflow.streams.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * The block scheme of Manku, Jain and Das Sarma ("Detecting Near-Duplicates for Web Crawling",
 * WWW 2007): a 64-bit fingerprint is cut into k+1 contiguous blocks. Two fingerprints at Hamming
 * distance at most k differ in at most k blocks, so by the pigeonhole principle at least one block
 * is identical; an exact lookup per block therefore finds every candidate. For k=3: 4 blocks of
 * 16 bits. When 64 does not divide evenly the first blocks get the extra bit.
 */
public final class BlockScheme {

    /** Upper bound on k: beyond it blocks get shorter than 8 bits and every lookup returns a crowd. */
    public static final int MAX_DISTANCE = 7;

    private final int maxDistance;
    private final int[] offsets;
    private final int[] widths;

    /**
     * @param maxDistance k, the largest Hamming distance that counts as near, 0..{@link #MAX_DISTANCE}
     */
    public BlockScheme(int maxDistance) {
        if (maxDistance < 0 || maxDistance > MAX_DISTANCE) {
            throw new IllegalArgumentException("max Hamming distance must be in 0.." + MAX_DISTANCE + ", got " + maxDistance);
        }
        this.maxDistance = maxDistance;
        int blocks = maxDistance + 1;
        offsets = new int[blocks];
        widths = new int[blocks];
        int offset = 0;
        for (int i = 0; i < blocks; i++) {
            widths[i] = 64 / blocks + (i < 64 % blocks ? 1 : 0);
            offsets[i] = offset;
            offset += widths[i];
        }
    }

    /** k. */
    public int maxDistance() {
        return maxDistance;
    }

    /** k+1. */
    public int blockCount() {
        return offsets.length;
    }

    /** Width in bits of block {@code index}. */
    public int width(int index) {
        return widths[index];
    }

    /** The bits of block {@code index} of a fingerprint, right-aligned. */
    public long blockValue(long simhash, int index) {
        long mask = widths[index] == 64 ? -1L : (1L << widths[index]) - 1;
        return (simhash >>> offsets[index]) & mask;
    }

    /** All k+1 block keys of a fingerprint, in block order. */
    public List<BlockKey> keysOf(long simhash) {
        List<BlockKey> keys = new ArrayList<>(offsets.length);
        for (int i = 0; i < offsets.length; i++) {
            keys.add(new BlockKey(i, blockValue(simhash, i)));
        }
        return keys;
    }
}
