package io.newsflow.streams.aggregate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link SpaceSaving} summary as offsets into byte arrays, what {@link SpaceSavingCodec#add} works
 * on: the counters' terms stay in the encoded bytes they were read from (a new term in its own
 * UTF-8 bytes), so an update decodes no string. The same slots and evictions as
 * {@link SpaceSaving#add}.
 */
final class PackedSummary {
    final int capacity;
    long total;
    int size;
    final byte[][] source;
    final int[] offset;
    final int[] length;
    final long[] count;
    final long[] error;

    private PackedSummary(int capacity) {
        this.capacity = capacity;
        source = new byte[capacity][];
        offset = new int[capacity];
        length = new int[capacity];
        count = new long[capacity];
        error = new long[capacity];
    }

    static PackedSummary read(byte[] bytes) {
        Varints.Reader in = new Varints.Reader(bytes);
        if (bytes[in.pos++] != SpaceSavingCodec.FORMAT) {
            throw new IllegalArgumentException("unknown format " + bytes[0]);
        }
        long capacity = in.varLong();
        if (capacity < 1 || capacity > 1_000_000) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        PackedSummary p = new PackedSummary((int) capacity);
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

    PackedSummary addAll(List<String> terms) {
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
        return SpaceSaving.minSlot(count, size);
    }

    byte[] write() {
        int bound = 1 + 5 + 10 + 5;
        for (int i = 0; i < size; i++) {
            bound += 5 + length[i] + 20;
        }
        Varints.Writer out = new Varints.Writer(new byte[bound]);
        out.bytes[out.pos++] = SpaceSavingCodec.FORMAT;
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
