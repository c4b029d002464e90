package io.newsflow.streams.enrich;

import java.util.Collection;

/**
 * The {@link String#hashCode()} of a name of several words computed from its words' own hashes, and a
 * bit filter of such hashes: "is 'european central bank' listed?" is answered "no" for most word runs
 * without building the string, hashing it again or probing the gazetteer's large table (a cache miss).
 * The known-phrase search asks it for every capitalised word that may open a listed name; only
 * a run whose hash the filter holds is built and looked up, so the answer never changes.
 */
final class PhraseHashes {

    private static final int BITS = 18; // 32 KB: about 11,000 listed names of several words, one bit in 23 set

    private final long[] filter = new long[1 << (BITS - 6)];

    /** A filter holding the hashes of the {@code names} that have a space (the names of several words). */
    PhraseHashes(Collection<String> names) {
        for (String name : names) {
            if (name.indexOf(' ') > 0) {
                int bit = bit(name.hashCode());
                filter[bit >>> 6] |= 1L << bit;
            }
        }
    }

    /** False when no name of several words given to the constructor has this hash. */
    boolean mayContain(int hash) {
        int bit = bit(hash);
        return (filter[bit >>> 6] & 1L << bit) != 0;
    }

    private static int bit(int hash) {
        return (hash * 0x9E3779B9) >>> (32 - BITS); // Fibonacci hashing: String's hash has weak low bits
    }

    /**
     * The hash of {@code first} (token i's lower-case form, or another form of it) and the lower-case forms of
     * the next {@code len - 1} tokens, joined by single spaces: {@code tokens.lowers(i, i + len)}'s, when
     * {@code first} is token i's own.
     */
    static int run(Tokens tokens, int i, String first, int len) {
        int hash = first.hashCode();
        for (int k = i + 1; k < i + len; k++) {
            Word w = tokens.word(k);
            hash = join(hash, w.lowerHash(), w.lower().length());
        }
        return hash;
    }

    /** The hash of the lower-case forms of {@code words[from, to)} joined by single spaces. */
    static int lowers(Word[] words, int from, int to) {
        int hash = words[from].lowerHash();
        for (int k = from + 1; k < to; k++) {
            hash = join(hash, words[k].lowerHash(), words[k].lower().length());
        }
        return hash;
    }

    /**
     * The hash of {@code head + " " + tail} from the hash of {@code head} and the hash and length of
     * {@code tail}: String's hash is the polynomial {@code s[0]*31^(n-1) + ... + s[n-1]}.
     */
    static int join(int headHash, int tailHash, int tailLength) {
        int power = 1;
        for (int k = 0; k < tailLength; k++) {
            power *= 31;
        }
        return (headHash * 31 + ' ') * power + tailHash;
    }
}
