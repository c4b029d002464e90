package io.newsflow.streams.dedup;

/**
 * One block of a SimHash: which block and the bits it holds. Fingerprints within the Hamming limit
 * share at least one BlockKey, so repartitioning by it brings candidates together.
 *
 * @param index the block's position, 0-based
 * @param value the block's bits, right-aligned
 */
public record BlockKey(int index, long value) {

    /** Validates the parts. */
    public BlockKey {
        if (index < 0 || index > 63) {
            throw new IllegalArgumentException("block index must be in 0..63, got " + index);
        }
    }

    /** The record-key form, "index:hexvalue", e.g. "2:beef". */
    public String encode() {
        return index + ":" + Long.toHexString(value);
    }

    /**
     * Parses {@link #encode()}'s form.
     *
     * @throws IllegalArgumentException naming the key when it is not "index:hexvalue"
     */
    public static BlockKey decode(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            throw new IllegalArgumentException("not a block key (expected index:hexvalue): " + key);
        }
        try {
            return new BlockKey(Integer.parseInt(key.substring(0, colon)), Long.parseUnsignedLong(key.substring(colon + 1), 16));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a block key (expected index:hexvalue): " + key, e);
        }
    }
}
