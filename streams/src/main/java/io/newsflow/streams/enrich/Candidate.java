package io.newsflow.streams.enrich;

import java.util.List;

/**
 * A capitalised span of running text that may name an entity, after cleaning: its words, where
 * it stands, and the context that helps classify it (the word before and after, whether it opens
 * a sentence, whether a title such as "Minister" preceded it).
 */
record Candidate(List<String> words, List<String> lowers, String key, int paragraph, int start, int end, boolean initial,
                 String previous, String next, boolean afterTitle, String appositive) {

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
