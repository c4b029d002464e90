package io.newsflow.streams.aggregate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The compact binary form of a {@link SpaceSaving} summary, the value of the trend stores:
 * {@code capacity}, {@code total}, {@code size} as varints, then per counter the term's UTF-8
 * length and bytes, its count and its error (varints). Internal state only (the public topics
 * stay Avro): Kafka Streams' record cache holds bytes, so every update of a window decodes and
 * re-encodes its summary, and this form does it without Avro's generic machinery, the
 * intermediate records, or a schema lookup: decoding fills the summary's arrays directly.
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

    /** The summary {@code bytes} hold; a clear error when they are not a summary. */
    public static SpaceSaving decode(byte[] bytes) {
        try {
            Reader in = new Reader(bytes);
            if (bytes[in.pos++] != FORMAT) {
                throw new IllegalArgumentException("unknown format " + bytes[0]);
            }
            SpaceSaving summary = new SpaceSaving((int) in.varLong());
            summary.restoreTotal(in.varLong());
            long size = in.varLong();
            for (long i = 0; i < size; i++) {
                int length = (int) in.varLong();
                String term = new String(bytes, in.pos, length, StandardCharsets.UTF_8);
                in.pos += length;
                summary.restore(term, in.varLong(), in.varLong());
            }
            return summary;
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid Space-Saving summary of " + bytes.length + " bytes: " + e.getMessage(), e);
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
