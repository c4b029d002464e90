package io.newsflow.streams.dedup;

import io.newsflow.streams.fingerprint.MinHash;
import io.newsflow.streams.fingerprint.SimHash;
import java.util.Optional;

/**
 * Verifies a candidate: equal content hashes make an EXACT match. Otherwise the candidate must share
 * at least one SimHash block with the probe (that is how the index found it) and either
 * <ul>
 *   <li>be within Hamming distance k with a MinHash similarity of at least {@code minSimilarity}
 *       (the second check rejects different articles whose word statistics happen to give close
 *       SimHashes), or</li>
 *   <li>be further than k but with a MinHash similarity of at least {@code strongSimilarity}: the
 *       block index returns such candidates often (a 7-bit difference leaves one of four 16-bit
 *       blocks intact about half of the time), and a large shared-shingle fraction proves them to be
 *       the same text with a paragraph dropped or added. A value above 1 turns this off.</li>
 * </ul>
 */
public final class MatchVerifier {

    private final BlockScheme scheme;
    private final double minSimilarity;
    private final double strongSimilarity;

    /**
     * @param maxDistance k
     * @param minSimilarity the smallest estimated Jaccard similarity for a NEAR match within k, 0..1
     * @param strongSimilarity the smallest similarity for a block-sharing candidate beyond k (above 1: never)
     */
    public MatchVerifier(int maxDistance, double minSimilarity, double strongSimilarity) {
        this.scheme = new BlockScheme(maxDistance);
        this.minSimilarity = minSimilarity;
        this.strongSimilarity = strongSimilarity;
    }

    /** A verifier with the thresholds of a config. */
    public MatchVerifier(DedupConfig config) {
        this(config.maxHammingDistance(), config.minSimilarity(), config.strongSimilarity());
    }

    /**
     * @param probe the article being checked
     * @param candidate an indexed article
     * @return the match, or empty when the candidate is the probe's own articleId or not similar enough
     */
    public Optional<Match> verify(Candidate probe, Candidate candidate) {
        if (probe.articleId().equals(candidate.articleId())) {
            return Optional.empty();
        }
        int distance = SimHash.hammingDistance(probe.simhash(), candidate.simhash());
        if (probe.contentHash().equals(candidate.contentHash())) {
            return Optional.of(new Match(candidate, Method.EXACT, distance, 1.0));
        }
        boolean withinK = distance <= scheme.maxDistance();
        if (!withinK && (strongSimilarity > 1.0 || !sharesBlock(probe.simhash(), candidate.simhash()))) {
            return Optional.empty();
        }
        double similarity = MinHash.similarity(probe.minhash(), candidate.minhash());
        double needed = withinK ? minSimilarity : strongSimilarity;
        return similarity >= needed ? Optional.of(new Match(candidate, Method.NEAR, distance, similarity)) : Optional.empty();
    }

    private boolean sharesBlock(long a, long b) {
        for (int i = 0; i < scheme.blockCount(); i++) {
            if (scheme.blockValue(a, i) == scheme.blockValue(b, i)) {
                return true;
            }
        }
        return false;
    }
}
