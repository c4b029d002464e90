package io.newsflow.streams.dedup;

import io.newsflow.streams.fingerprint.MinHash;
import io.newsflow.streams.fingerprint.Shingles;

/** Small candidates for the pure dedup tests. */
final class Candidates {

    private Candidates() {
    }

    static Candidate of(String id, long time, long simhash, String text) {
        return new Candidate(id, time, "src-" + id, "hash-" + text.hashCode(), simhash, MinHash.sketch(Shingles.wordHashes(text)), 0);
    }

    static Candidate withHash(String id, long time, String contentHash) {
        return new Candidate(id, time, null, contentHash, 0L, new byte[MinHash.SKETCH_BYTES], 0);
    }

    static String words(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append('w').append(i).append(' ');
        }
        return sb.toString();
    }
}
