package io.newsflow.streams.enrich;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe {@link DocumentFrequencies} in memory, for tests, offline parsing and benchmarks. */
public final class InMemoryDocumentFrequencies implements DocumentFrequencies {

    private final AtomicLong documents = new AtomicLong();
    private final Map<String, LongAdder> frequencies = new ConcurrentHashMap<>();

    /** Counts one document holding the given distinct terms (e.g. {@link Enrichment#documentTerms()}). */
    public void addDocument(Collection<String> distinctTerms) {
        documents.incrementAndGet();
        for (String term : distinctTerms) {
            frequencies.computeIfAbsent(term, t -> new LongAdder()).increment();
        }
    }

    @Override
    public long documentCount() {
        return documents.get();
    }

    @Override
    public long documentFrequency(String term) {
        LongAdder count = frequencies.get(term);
        return count == null ? 0 : count.sum();
    }
}
