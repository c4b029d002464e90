package io.newsflow.streams.topology;

import java.util.Set;

import io.newsflow.streams.enrich.DocumentFrequencies;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Document frequencies learned from the stream, kept in a state store (changelogged, so they
 * survive restarts): one count per stemmed term, plus the number of documents under a key no
 * term can take. Each task learns from the articles of its own partitions, a uniform sample of
 * the stream (articles are keyed by id), so IDF ratios match the whole stream's closely.
 */
final class DocumentFrequencyStore implements DocumentFrequencies {
    /** Terms are letters and digits, so a key starting with a control character cannot clash. */
    private static final String DOCUMENT_COUNT_KEY = "\u0000documents";

    private final KeyValueStore<String, Long> store;

    DocumentFrequencyStore(KeyValueStore<String, Long> store) {
        this.store = store;
    }

    @Override
    public long documentCount() {
        Long n = store.get(DOCUMENT_COUNT_KEY);
        return n == null ? 0 : n;
    }

    @Override
    public long documentFrequency(String term) {
        Long n = store.get(term);
        return n == null ? 0 : n;
    }

    /** Counts one more document containing each of {@code distinctTerms}. */
    void addDocument(Set<String> distinctTerms) {
        store.put(DOCUMENT_COUNT_KEY, documentCount() + 1);
        for (String term : distinctTerms) {
            store.put(term, documentFrequency(term) + 1);
        }
    }
}
