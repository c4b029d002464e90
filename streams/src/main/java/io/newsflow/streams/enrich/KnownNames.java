package io.newsflow.streams.enrich;

import java.util.Set;

/**
 * The names an article gives itself (its authors and source, lower case), asked about for every
 * capitalised word: a one-word filter of their hashes answers "no" for nearly every word from
 * its memoised hash, without hashing or even reading the word's string.
 */
final class KnownNames {

    private final Set<String> names;
    private final long filter;
    /** The names' hashes (an article gives a few names). */
    private final int[] hashes;

    KnownNames(Set<String> names) {
        this.names = names;
        long bits = 0;
        hashes = new int[names.size()];
        int k = 0;
        for (String name : names) {
            bits |= 1L << (name.hashCode() & 63);
            hashes[k++] = name.hashCode();
        }
        this.filter = bits;
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** Whether the lower-case name is one of them. */
    boolean contains(String lower) {
        return filter != 0 && names.contains(lower);
    }

    /** Whether the lower-case name of several words is a listed place or organisation, or one of them. */
    boolean isKnownName(String key) {
        return (Gazetteer.get().listed(key) & (Gazetteer.PLACE | Gazetteer.ORGANIZATION)) != 0 || contains(key);
    }

    /**
     * False when {@code hash} ({@link String#hashCode()} of a lower-case name of several words, from
     * {@link PhraseHashes#join}) is neither a listed name's nor one of these names': no string need be built.
     */
    boolean mayBeKnownName(int hash) {
        if (Gazetteer.get().mayListPhrase(hash)) {
            return true;
        }
        for (int h : hashes) {
            if (h == hash) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word's lower-case form is one of them. */
    boolean contains(Word word) {
        return (filter & 1L << (word.lowerHash() & 63)) != 0 && names.contains(word.lower());
    }
}
