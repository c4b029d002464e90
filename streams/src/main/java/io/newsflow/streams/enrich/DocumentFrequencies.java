package io.newsflow.streams.enrich;

/**
 * How many documents have been seen and how many contain a term: the IDF side of TF-IDF. Terms
 * are the stemmed, lower-case forms of {@link TermAnalyzer}. The streams topology backs this with
 * a state store, so keyword scores sharpen as the stream goes on; tests use
 * {@link InMemoryDocumentFrequencies}.
 */
public interface DocumentFrequencies {

    /** Number of documents counted so far. */
    long documentCount();

    /** Number of counted documents that contain {@code term} (a stem from {@link TermAnalyzer}). */
    long documentFrequency(String term);
}
