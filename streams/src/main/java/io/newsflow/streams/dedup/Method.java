package io.newsflow.streams.dedup;

/** How a duplicate was recognised. */
public enum Method {
    /** Same normalised-body hash. */
    EXACT,
    /** SimHash within the Hamming limit and similar shingle sets. */
    NEAR
}
