package io.newsflow.streams.aggregate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The compact binary form of a {@link SpaceSaving} summary, the value of the trend stores: a
 * format byte, {@code capacity}, {@code total}, {@code size} as varints, then per counter the
 * term's UTF-8 length and bytes, its count and its error (varints). Internal state only (the
 * public topics stay Avro).
 *
 * <p>Why a hand-written form: Kafka Streams' record cache holds bytes, so every update of a
 * window would decode its summary into objects and encode it again (200 strings, a hash index,
 * Avro's machinery). {@link #add} instead updates the bytes directly: one pass reads the counters'
 * offsets and counts, the new terms are matched by their UTF-8 bytes, and one copy writes the
 * result; no string is decoded. It is exactly {@link SpaceSaving#add} (same slots, same
 * evictions), checked by SpaceSavingCodecTest.
 */
public final class SpaceSavingCodec {
    static final int FORMAT = 1;

    private SpaceSavingCodec() {
    }

    /** The bytes of {@code summary}, counters in slot order. */
    public static byte[] encode(SpaceSaving summary) {
        byte[][] utf8 = new byte[summary.size()][];
        int length = 1 + 5 + 10 + 5;
        for (int i = 0; i < utf8.length; i++) {
            utf8[i] = summary.termAt(i).getBytes(StandardCharsets.UTF_8);
            length += 5 + utf8[i].length + 10 + 10;
        }
        Varints.Writer out = new Varints.Writer(new byte[length]);
        out.bytes[out.pos++] = FORMAT;
        out.varLong(summary.capacity());
        out.varLong(summary.total());
        out.varLong(utf8.length);
        for (int i = 0; i < utf8.length; i++) {
            out.varLong(utf8[i].length);
            System.arraycopy(utf8[i], 0, out.bytes, out.pos, utf8[i].length);
            out.pos += utf8[i].length;
            out.varLong(summary.countAt(i));
            out.varLong(summary.errorAt(i));
        }
        return Arrays.copyOf(out.bytes, out.pos);
    }

    /** The empty summary of {@code capacity} counters, encoded. */
    public static byte[] empty(int capacity) {
        return encode(new SpaceSaving(capacity));
    }

    /** {@code encoded} with one occurrence of each of {@code terms} added, as {@link SpaceSaving#add} would. */
    public static byte[] add(byte[] encoded, List<String> terms) {
        try {
            return PackedSummary.read(encoded).addAll(terms).write();
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid Space-Saving summary of " + encoded.length + " bytes: " + e.getMessage(), e);
        }
    }

    /** The summary {@code bytes} hold; a clear error when they are not a summary. */
    public static SpaceSaving decode(byte[] bytes) {
        try {
            PackedSummary packed = PackedSummary.read(bytes);
            SpaceSaving summary = new SpaceSaving(packed.capacity);
            summary.restoreTotal(packed.total);
            for (int i = 0; i < packed.size; i++) {
                summary.restore(new String(bytes, packed.offset[i], packed.length[i], StandardCharsets.UTF_8), packed.count[i], packed.error[i]);
            }
            return summary;
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid Space-Saving summary of " + bytes.length + " bytes: " + e.getMessage(), e);
        }
    }
}
