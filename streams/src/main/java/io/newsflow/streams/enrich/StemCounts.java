package io.newsflow.streams.enrich;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;

/**
 * Weighted occurrences of each distinct stem of one article, in order of first occurrence, with
 * the first surface form that gave it: an open-addressing table keyed by the stem string. Stems
 * are memoised on their {@link Word}s, so a stem's {@code String} hash is computed once and the
 * usual probe is an identity check; a {@code HashMap} here cost a node and a value object per
 * stem and a rehash per article. Not thread-safe: one per thread, reused ({@link #reset}).
 */
final class StemCounts {

    private String[] slots = new String[2048];
    private int[] slotIndex = new int[2048];
    private String[] stems = new String[1024];
    private String[] forms = new String[1024];
    private int[] counts = new int[1024];
    private int[] hashes = new int[1024];
    private int[] slotOfIndex = new int[1024];
    private int size;

    /** Empties the table, clearing only the slots the last article used. */
    void reset() {
        for (int i = 0; i < size; i++) {
            slots[slotOfIndex[i]] = null;
        }
        Arrays.fill(stems, 0, size, null);
        Arrays.fill(forms, 0, size, null);
        size = 0;
    }

    /** Adds {@code count} occurrences of the term's stem; its normalised form is kept if the stem is new. */
    void add(TermAnalyzer.Term term, int count) {
        String stem = term.stem();
        int mask = slots.length - 1;
        // the hash the term carries: the stem string itself is read only on a collision
        int slot = (term.stemHash() * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask); // Fibonacci hashing
        String at;
        while ((at = slots[slot]) != null) {
            if (at == stem || hashes[slotIndex[slot]] == term.stemHash() && at.equals(stem)) {
                counts[slotIndex[slot]] += count;
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (size == stems.length) {
            stems = Arrays.copyOf(stems, size * 2);
            forms = Arrays.copyOf(forms, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            slotOfIndex = Arrays.copyOf(slotOfIndex, size * 2);
        }
        slots[slot] = stem;
        slotIndex[slot] = size;
        stems[size] = stem;
        forms[size] = term.normalised();
        hashes[size] = term.stemHash();
        slotOfIndex[size] = slot;
        counts[size++] = count;
        if (size * 2 > slots.length) {
            grow();
        }
    }

    int size() {
        return size;
    }

    String stem(int i) {
        return stems[i];
    }

    String form(int i) {
        return forms[i];
    }

    int count(int i) {
        return counts[i];
    }

    /** The distinct stems as an immutable set of its own (the table is reused for the next article). */
    Set<String> stemSet() {
        return new StemSet(Arrays.copyOf(stems, size));
    }

    private void grow() {
        slots = new String[slots.length * 2];
        slotIndex = new int[slots.length];
        int mask = slots.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = (hashes[i] * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
            while (slots[slot] != null) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = stems[i];
            slotIndex[slot] = i;
            slotOfIndex[i] = slot;
        }
    }

    /**
     * Distinct strings in an array: iteration (what the document-frequency store does) costs no
     * hashing; {@code contains} is a scan, fine for the few callers that ask.
     */
    private static final class StemSet extends AbstractSet<String> {
        private final String[] elements;

        StemSet(String[] elements) {
            this.elements = elements;
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.asList(elements).iterator(); // read-only: its remove() throws
        }

        @Override
        public int size() {
            return elements.length;
        }
    }
}
