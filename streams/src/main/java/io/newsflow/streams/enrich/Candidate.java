package io.newsflow.streams.enrich;

import java.util.List;

/**
 * A capitalised span of running text that may name an entity, after cleaning: its words, where
 * it stands, and the context that helps classify it (the word before and after, and the one
 * before that, whether it opens a sentence, whether a title such as "Minister" preceded it).
 */
record Candidate(List<String> words, List<String> lowers, Word[] memo, String key, int listed, int paragraph, int start,
                 int end, boolean initial, String previous, String beforePrevious, String next, boolean afterTitle, List<Word> apposition) {

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

    /** Whether the whole key is listed in the gazetteer as any of the bits (only PLACE and ORGANIZATION are kept). */
    boolean listed(int bits) {
        return (listed & bits) != 0;
    }

    String name() {
        return words.size() == 1 ? words.get(0) : String.join(" ", words);
    }

    String lower(int i) {
        return lowers.get(i);
    }

    int size() {
        return words.size();
    }
}
