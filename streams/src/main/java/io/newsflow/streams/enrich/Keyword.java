package io.newsflow.streams.enrich;

/** A keyword of an article: its most frequent surface form (lower case) and its TF-IDF score. */
public record Keyword(String term, double score) {
}
