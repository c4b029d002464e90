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
    private static final int FORMAT = 1;

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
        Writer out = new Writer(new byte[length]);
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
            return Packed.read(encoded).addAll(terms).write();
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid Space-Saving summary of " + encoded.length + " bytes: " + e.getMessage(), e);
        }
    }

    /** The summary {@code bytes} hold; a clear error when they are not a summary. */
    public static SpaceSaving decode(byte[] bytes) {
        try {
            Packed packed = Packed.read(bytes);
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

    /** A summary as offsets into byte arrays: what {@link #add} works on. */
    private static final class Packed {
        final int capacity;
        long total;
        int size;
        final byte[][] source;
        final int[] offset;
        final int[] length;
        final long[] count;
        final long[] error;

        private Packed(int capacity) {
            this.capacity = capacity;
            source = new byte[capacity][];
            offset = new int[capacity];
            length = new int[capacity];
            count = new long[capacity];
            error = new long[capacity];
        }

        static Packed read(byte[] bytes) {
            Reader in = new Reader(bytes);
            if (bytes[in.pos++] != FORMAT) {
                throw new IllegalArgumentException("unknown format " + bytes[0]);
            }
            long capacity = in.varLong();
            if (capacity < 1 || capacity > 1_000_000) {
                throw new IllegalArgumentException("capacity " + capacity);
            }
            Packed p = new Packed((int) capacity);
            p.total = in.varLong();
            long size = in.varLong();
            if (size > capacity) {
                throw new IllegalArgumentException(size + " counters for capacity " + capacity);
            }
            for (int i = 0; i < size; i++) {
                p.length[i] = (int) in.varLong();
                p.source[i] = bytes;
                p.offset[i] = in.pos;
                in.pos += p.length[i];
                p.count[i] = in.varLong();
                p.error[i] = in.varLong();
            }
            p.size = (int) size;
            return p;
        }

        Packed addAll(List<String> terms) {
            for (String term : terms) {
                add(term.getBytes(StandardCharsets.UTF_8));
            }
            return this;
        }

        private void add(byte[] term) {
            total++;
            for (int i = 0; i < size; i++) {
                if (length[i] == term.length
                    && Arrays.equals(source[i], offset[i], offset[i] + length[i], term, 0, term.length)) {
                    count[i]++;
                    return;
                }
            }
            if (size < capacity) {
                set(size++, term, 1, 0);
            } else {
                int min = minSlot();
                set(min, term, count[min] + 1, count[min]);
            }
        }

        private void set(int slot, byte[] term, long newCount, long newError) {
            source[slot] = term;
            offset[slot] = 0;
            length[slot] = term.length;
            count[slot] = newCount;
            error[slot] = newError;
        }

        /** The first slot with the smallest count (SpaceSaving's rule). */
        private int minSlot() {
            int min = 0;
            for (int i = 1; i < size; i++) {
                if (count[i] < count[min]) {
                    min = i;
                }
            }
            return min;
        }

        byte[] write() {
            int bound = 1 + 5 + 10 + 5;
            for (int i = 0; i < size; i++) {
                bound += 5 + length[i] + 20;
            }
            Writer out = new Writer(new byte[bound]);
            out.bytes[out.pos++] = FORMAT;
            out.varLong(capacity);
            out.varLong(total);
            out.varLong(size);
            for (int i = 0; i < size; i++) {
                out.varLong(length[i]);
                System.arraycopy(source[i], offset[i], out.bytes, out.pos, length[i]);
                out.pos += length[i];
                out.varLong(count[i]);
                out.varLong(error[i]);
            }
            return Arrays.copyOf(out.bytes, out.pos);
        }
    }

    private static final class Writer {
        final byte[] bytes;
        int pos;

        Writer(byte[] bytes) {
            this.bytes = bytes;
        }

        void varLong(long value) {
            long v = value;
            while ((v & ~0x7FL) != 0) {
                bytes[pos++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[pos++] = (byte) v;
        }
    }

    private static final class Reader {
        final byte[] bytes;
        int pos;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        long varLong() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = bytes[pos++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("varint longer than 10 bytes at " + pos);
        }
    }
}
