package io.newsflow.streams.dedup;

import java.util.Objects;

/**
 * A verified match between an article and an indexed candidate.
 *
 * @param candidate the indexed article that matched
 * @param method EXACT when the content hashes are equal, else NEAR
 * @param hammingDistance differing SimHash bits
 * @param similarity estimated Jaccard similarity of the shingle sets
 */
public record Match(Candidate candidate, Method method, int hammingDistance, double similarity) {

    /** Validates the parts. */
    public Match {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(method, "method");
    }
}
