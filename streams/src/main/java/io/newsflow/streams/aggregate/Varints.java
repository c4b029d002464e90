package io.newsflow.streams.aggregate;

/** Unsigned LEB128 varints ({@code long}), the integers of {@link SpaceSavingCodec}'s format. */
final class Varints {

    private Varints() {
    }

    /** Writes varints into a byte array sized beforehand. */
    static final class Writer {
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

    /** Reads varints from a byte array. */
    static final class Reader {
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
