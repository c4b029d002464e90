package io.newsflow.streams.enrich;

import java.util.List;

/**
 * A capitalised span of running text that may name an entity, after cleaning: its words, where
 * it stands, and the context that helps classify it (the word before and after, and the one
 * before that, as lower-case strings and as memoised {@link Word}s whose class bits the context
 * rules read, whether it opens a sentence, whether a title such as "Minister" preceded it).
 */
record Candidate(Word[] memo, String key, int listed, int paragraph, int start, int end, boolean initial,
                 String previous, String beforePrevious, String next, boolean afterTitle, List<Word> apposition,
                 Word previousWord, Word beforePreviousWord, Word nextWord) {

    /** The word before is in one of the {@link Word#hasClass word classes} of {@code bits} (none: false). */
    boolean previousIs(int bits) {
        return previousWord != null && previousWord.hasClass(bits);
    }

    /** The word before the word before is in one of the word classes of {@code bits}. */
    boolean beforePreviousIs(int bits) {
        return beforePreviousWord != null && beforePreviousWord.hasClass(bits);
    }

    /** The word right after (only space between them) is in one of the word classes of {@code bits}. */
    boolean nextIs(int bits) {
        return nextWord != null && nextWord.hasClass(bits);
    }

    /** The lower-case words of the apposition, each after a space (" the services union"), or "". */
    String appositive() {
        StringBuilder sb = new StringBuilder();
        for (Word w : apposition) {
            sb.append(' ').append(w.lower());
        }
        return sb.toString();
    }

    /** The memoised {@link Word} of word i (its gazetteer flags, word classes). */
    Word word(int i) {
        return memo[i];
    }

    /** Whether the whole key is listed in the gazetteer as any of the bits (only PLACE, ORGANIZATION and TOWN are kept). */
    boolean listed(int bits) {
        return (listed & bits) != 0;
    }

    /** The lower-case words. */
    List<String> lowers() {
        String[] lowers = new String[memo.length];
        for (int i = 0; i < memo.length; i++) {
            lowers[i] = memo[i].lower();
        }
        return List.of(lowers);
    }

    /** The words joined by spaces. */
    String name() {
        if (memo.length == 1) {
            return nameForm(memo[0]);
        }
        StringBuilder sb = new StringBuilder(key.length() + 1);
        for (int i = 0; i < memo.length; i++) {
            sb.append(i > 0 ? " " : "").append(i == memo.length - 1 ? nameForm(memo[i]) : memo[i].surface());
        }
        return sb.toString();
    }

    /**
     * The word as a name ends with it: "U.S" is written "U.S.", the tokenizer having left the last
     * full stop of a dotted initialism to the sentence.
     */
    private static String nameForm(Word word) {
        String surface = word.surface();
        int length = word.length();
        if (length < 3 || surface.charAt(1) != '.') {
            return surface;
        }
        for (int i = 0; i < length; i++) {
            if (i % 2 == 0 ? !Character.isLetter(surface.charAt(i)) : surface.charAt(i) != '.') {
                return surface;
            }
        }
        return length % 2 == 1 ? surface + "." : surface;
    }

    /** Whether any word is a listed given name. */
    boolean hasGivenName() {
        for (Word w : memo) {
            if (w.has(Gazetteer.GIVEN_NAME)) {
                return true;
            }
        }
        return false;
    }

    String lower(int i) {
        return memo[i].lower();
    }

    int size() {
        return memo.length;
    }
}
