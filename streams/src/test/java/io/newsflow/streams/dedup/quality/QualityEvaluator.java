package io.newsflow.streams.dedup.quality;

import io.newsflow.streams.dedup.Candidate;
import io.newsflow.streams.dedup.MatchVerifier;
import io.newsflow.streams.fingerprint.Fingerprint;
import io.newsflow.streams.fingerprint.Fingerprinter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores a fingerprinter and thresholds on labelled pairs with the production verifier: a pair is
 * called a duplicate when {@link MatchVerifier} accepts it (equal content hash, or Hamming distance
 * within k and MinHash similarity at least the threshold). The block index finds every pair within
 * k by construction (BlockSchemeTest), so pairwise scoring equals what the topology decides.
 */
final class QualityEvaluator {

    /** Precision, recall and the per-kind detail of one configuration. */
    record Scores(int tp, int fp, int fn, int tn, Map<String, int[]> perKind, Map<String, double[]> hamming,
                  double blockCollisionRate, double minPositiveSimilarity, double maxNegativeSimilarity) {
        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        String perKindLine() {
            StringBuilder sb = new StringBuilder();
            perKind.forEach((kind, c) -> sb.append(String.format("%s %d/%d (mean Hamming %.1f)  ", kind, c[0], c[1],
                    hamming.get(kind)[0] / hamming.get(kind)[1])));
            return sb.toString().trim();
        }
    }

    private QualityEvaluator() {
    }

    static Scores evaluate(List<LabelledPair> pairs, Fingerprinter fingerprinter, int k, double minSimilarity,
                           double strongSimilarity) {
        MatchVerifier verifier = new MatchVerifier(k, minSimilarity, strongSimilarity);
        Map<String, Candidate> cache = new HashMap<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        Map<String, int[]> perKind = new TreeMap<>();
        Map<String, double[]> hamming = new TreeMap<>();
        double minPositive = 1.0;
        double maxNegative = 0.0;
        for (LabelledPair pair : pairs) {
            Candidate a = cache.computeIfAbsent(pair.original().name(), n -> candidate(pair.original(), fingerprinter, 1));
            Candidate b = cache.computeIfAbsent(pair.other().name(), n -> candidate(pair.other(), fingerprinter, 2));
            boolean called = verifier.verify(b, a).isPresent();
            double similarity = io.newsflow.streams.fingerprint.MinHash.similarity(a.minhash(), b.minhash());
            if (pair.duplicate() && !a.contentHash().equals(b.contentHash())) {
                minPositive = Math.min(minPositive, similarity);
            } else if (!pair.duplicate()) {
                maxNegative = Math.max(maxNegative, similarity);
            }
            int[] c = perKind.computeIfAbsent(pair.kind(), x -> new int[2]);
            double[] h = hamming.computeIfAbsent(pair.kind(), x -> new double[2]);
            h[0] += Long.bitCount(a.simhash() ^ b.simhash());
            h[1]++;
            c[1]++;
            if (called == pair.duplicate()) {
                c[0]++;
            }
            if (pair.duplicate()) {
                if (called) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (called) {
                fp++;
            } else {
                tn++;
            }
        }
        return new Scores(tp, fp, fn, tn, perKind, hamming, blockCollisionRate(pairs, cache, k), minPositive, maxNegative);
    }

    /**
     * Share of unrelated pairs ("different") that share at least one SimHash block: each such pair is a
     * candidate the index returns and the verifier must reject. Random fingerprints give about
     * (k+1) * 2^-(64/(k+1)); a skewed fingerprint crowds the blocks and makes every lookup expensive.
     */
    private static double blockCollisionRate(List<LabelledPair> pairs, Map<String, Candidate> cache, int k) {
        io.newsflow.streams.dedup.BlockScheme scheme = new io.newsflow.streams.dedup.BlockScheme(k);
        int shared = 0;
        int total = 0;
        for (LabelledPair pair : pairs) {
            if (pair.kind().equals("different")) {
                total++;
                long a = cache.get(pair.original().name()).simhash();
                long b = cache.get(pair.other().name()).simhash();
                for (int i = 0; i < scheme.blockCount(); i++) {
                    if (scheme.blockValue(a, i) == scheme.blockValue(b, i)) {
                        shared++;
                        break;
                    }
                }
            }
        }
        return total == 0 ? 0.0 : (double) shared / total;
    }

    private static Candidate candidate(CorpusArticle article, Fingerprinter fingerprinter, long time) {
        Fingerprint f = fingerprinter.ofBlocks(article.blocks(), article.source());
        return new Candidate(article.name(), time, article.source(), f.contentHash(), f.simhash(), f.minhash(), 0);
    }
}
