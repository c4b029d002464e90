package io.newsflow.streams.fingerprint;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.newsflow.avro.Article;
import io.newsflow.avro.BodyBlock;
import io.newsflow.streams.enrich.BenchmarkArticles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of deduplication's fingerprints on about 7 KB articles, one thread, per second:
 * the whole {@link Fingerprinter} (normalise, content hash, SimHash, MinHash) and its parts.
 * Run with every benchmark: {@code bench/jmh} (see docs/benchmark.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FingerprintBenchmark {

    private Fingerprinter fingerprinter;
    private SimHash simHash;
    private List<Article> articles;
    private List<String> canonical;
    private List<long[]> words;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        fingerprinter = new Fingerprinter();
        simHash = new SimHash();
        articles = BenchmarkArticles.build(16);
        BodyNormalizer normalizer = new BodyNormalizer();
        canonical = articles.stream()
            .map(a -> normalizer.canonicalBody(a.getBody().stream().map(BodyBlock::getText).toList(), a.getSource()))
            .toList();
        words = canonical.stream().map(Shingles::wordHashes).toList();
    }

    private int nextIndex() {
        next = (next + 1) % articles.size();
        return next;
    }

    /** Everything dedup computes per article. */
    @Benchmark
    public Fingerprint fingerprint() {
        return fingerprinter.of(articles.get(nextIndex()));
    }

    @Benchmark
    public long[] wordHashes() {
        return Shingles.wordHashes(canonical.get(nextIndex()));
    }

    @Benchmark
    public long simHash() {
        return simHash.of(words.get(nextIndex()));
    }

    @Benchmark
    public byte[] minHash() {
        return MinHash.sketch(words.get(nextIndex()));
    }

    @Benchmark
    public String contentHash() {
        return ContentHash.of(canonical.get(nextIndex()));
    }
}
