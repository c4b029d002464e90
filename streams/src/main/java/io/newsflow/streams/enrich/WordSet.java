package io.newsflow.streams.enrich;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * An immutable set of words (the rules' small word lists: "said", "in", "Ministry" …) built for
 * the one question the rules ask of it thousands of times per article, {@link #contains}: an
 * open-addressed table a quarter full, whose slots keep each word's hash beside it, so a word
 * that is not in the set (the common answer) is told apart by comparing hashes, without reading
 * another {@code String}. {@code Set.of} compares the strings themselves and finds its slot by a
 * division; with about a hundred such lists read for each of ~158 candidate names an article,
 * those reads were 8 % of enrichment's time (async-profiler, 2026-12-01). Same contract as
 * {@code Set.of}: no duplicates, no nulls, iteration in the order given.
 */
final class WordSet extends AbstractSet<String> {

    private final String[] words;
    private final String[] table;
    private final int[] hashes;
    private final int shift;

    private WordSet(String[] words) {
        this.words = words;
        int bits = 2;
        while ((1 << bits) < words.length * 4) {
            bits++;
        }
        table = new String[1 << bits];
        hashes = new int[1 << bits];
        shift = 32 - bits;
        Set<String> seen = new HashSet<>();
        for (String w : words) {
            if (!seen.add(w)) { // (nulls were rejected by of())
                throw new IllegalArgumentException("duplicate word: " + w);
            }
            int slot = slot(w.hashCode());
            while (table[slot] != null) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = w;
            hashes[slot] = w.hashCode();
        }
    }

    /** The set of {@code words}; a duplicate or a null is an error, as in {@code Set.of}. */
    static WordSet of(String... words) {
        for (String w : words) {
            if (w == null) {
                throw new NullPointerException("a word set holds no null");
            }
        }
        return new WordSet(words.clone());
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift; // Fibonacci hashing: String's hash has weak low bits
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String s)) {
            return false;
        }
        int h = s.hashCode();
        int mask = table.length - 1;
        for (int slot = slot(h); ; slot = (slot + 1) & mask) {
            String w = table[slot];
            if (w == null) {
                return false;
            }
            if (hashes[slot] == h && w.equals(s)) {
                return true;
            }
        }
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(words).iterator();
    }

    @Override
    public int size() {
        return words.length;
    }
}
