package io.newsflow.streams.dedup;

import java.util.Arrays;
import java.util.Objects;

/**
 * One article as the dedup indexes know it: identity, event time and fingerprints.
 *
 * @param articleId the article's stable identifier
 * @param eventTime its event time in epoch milliseconds (orders originals before copies)
 * @param source its outlet, may be null
 * @param contentHash hex SHA-256 of the normalised body
 * @param simhash 64-bit SimHash of the body
 * @param minhash MinHash sketch of the body's shingles
 * @param revision 0 for the first version of the articleId, n for the n-th changed version
 */
public record Candidate(String articleId, long eventTime, String source, String contentHash, long simhash,
                        byte[] minhash, int revision) {

    /** Validates the required parts. */
    public Candidate {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(minhash, "minhash");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Candidate c && c.articleId.equals(articleId) && c.eventTime == eventTime
                && Objects.equals(c.source, source) && c.contentHash.equals(contentHash) && c.simhash == simhash
                && Arrays.equals(c.minhash, minhash) && c.revision == revision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(articleId, eventTime, contentHash, simhash, revision);
    }

    @Override
    public String toString() {
        return "Candidate[" + articleId + " @" + eventTime + " rev " + revision + " " + Long.toHexString(simhash) + "]";
    }
}
