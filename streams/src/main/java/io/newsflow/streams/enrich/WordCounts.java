package io.newsflow.streams.enrich;

import java.util.Arrays;

/**
 * Weighted occurrences of each distinct {@link Word} of one article, in order of first
 * occurrence: an open-addressing table keyed by identity (words are memoised, so one surface form
 * is one object) with the word's own hash, so counting a token touches no string and allocates
 * nothing. Keyword extraction then asks each distinct word, rather than each token, for its stem.
 * Not thread-safe: one per thread, reused from article to article ({@link #reset}).
 */
final class WordCounts {

    private Word[] slots = new Word[4096];
    private int[] slotCounts = new int[4096];
    private Word[] order = new Word[1024];
    private int[] orderSlots = new int[1024];
    private int size;

    /** Empties the table, clearing only the slots the last article used. */
    void reset() {
        for (int i = 0; i < size; i++) {
            slots[orderSlots[i]] = null;
            slotCounts[orderSlots[i]] = 0;
        }
        Arrays.fill(order, 0, size, null);
        size = 0;
    }

    /** Adds {@code weight} occurrences of the word. */
    void add(Word word, int weight) {
        int mask = slots.length - 1;
        int slot = (word.hash() * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask); // Fibonacci hashing
        Word at;
        while ((at = slots[slot]) != null) {
            if (at == word) {
                slotCounts[slot] += weight;
                return;
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = word;
        slotCounts[slot] = weight;
        if (size == order.length) {
            order = Arrays.copyOf(order, size * 2);
            orderSlots = Arrays.copyOf(orderSlots, size * 2);
        }
        order[size] = word;
        orderSlots[size++] = slot;
        if (size * 2 > slots.length) {
            grow();
        }
    }

    /** Number of distinct words. */
    int size() {
        return size;
    }

    /** The i-th distinct word, in order of first occurrence. */
    Word word(int i) {
        return order[i];
    }

    /** The weighted count of the i-th distinct word. */
    int count(int i) {
        return slotCounts[orderSlots[i]];
    }

    private void grow() {
        Word[] words = Arrays.copyOf(order, size);
        int[] counts = new int[size];
        for (int i = 0; i < size; i++) {
            counts[i] = count(i);
        }
        slots = new Word[slots.length * 2];
        slotCounts = new int[slots.length];
        size = 0;
        for (int i = 0; i < words.length; i++) {
            add(words[i], counts[i]);
        }
    }
}
