package io.newsflow.streams.fingerprint;

import io.newsflow.streams.dedup.quality.CorpusArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * A rough cost measurement of fingerprinting a ~7 KB article on one thread (not a test, and not a
 * JMH benchmark: run it by hand, see docs/dedup.md). It reports nanoseconds per article for each
 * part and for the whole {@link Fingerprinter}.
 */
public final class FingerprintCostMain {

    private FingerprintCostMain() {
    }

    public static void main(String[] args) {
        List<String> blocks = new ArrayList<>();
        for (CorpusArticle a : CorpusArticle.loadAll()) {
            if (String.join(" ", blocks).length() >= 7000) {
                break;
            }
            blocks.addAll(a.blocks());
        }
        String canonical = new BodyNormalizer().canonicalBody(blocks, null);
        long[] words = Shingles.wordHashes(canonical);
        SimHash simHash = new SimHash();
        Fingerprinter fingerprinter = new Fingerprinter();
        System.out.printf("text: %d chars, %d words%n", canonical.length(), words.length);
        for (int round = 0; round < 3; round++) {
            long sink = 0;
            String raw = String.join(" ", blocks);
            sink += time("normalise text only", 5_000, () -> new BodyNormalizer().normalize(raw).length());
            sink += time("junk rules only", 5_000, () -> blocks.stream().filter(b -> new JunkLines().isJunk(b.toLowerCase(), "", false)).count());
            sink += time("normalise", 5_000, () -> new BodyNormalizer().canonicalBody(blocks, null).length());
            sink += time("word hashes", 20_000, () -> Shingles.wordHashes(canonical).length);
            sink += time("simhash", 20_000, () -> simHash.of(words));
            sink += time("minhash", 20_000, () -> MinHash.sketch(words)[0]);
            sink += time("sha-256", 20_000, () -> ContentHash.of(canonical).length());
            sink += time("fingerprinter (all)", 5_000, () -> fingerprinter.ofBlocks(blocks, null).simhash());
            System.out.println("round " + round + " done (" + (sink & 1) + ")");
        }
    }

    private static long time(String what, int iterations, java.util.function.LongSupplier work) {
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            sink += work.getAsLong();
        }
        long perOp = (System.nanoTime() - start) / iterations;
        System.out.printf("  %-20s %,9d ns/article%n", what, perOp);
        return sink;
    }
}
