package io.newsflow.app.bench;

import java.util.List;
import java.util.Map;

/**
 * Every figure of one {@code newsflow bench} run, as written by {@code --json}.
 *
 * @param machine   where it ran
 * @param corpus    what was measured
 * @param settings  the overrides given to the producer and the streams application ({@code --producer-config}, {@code --streams-config})
 * @param parse     parsing alone, one thread (the corpus is parsed once before the runs)
 * @param baseline  (a) an exactly-once passthrough of the same Avro records
 * @param pipeline  (b) parse, produce and the real topology with exactly-once
 * @param ratio     pipeline articles/s divided by baseline articles/s
 * @param latency   ingest to {@code articles.enriched} at a fixed offered load
 * @param devIdleRss the resident set of an idle {@code newsflow dev} process, or null when not measured
 */
public record BenchResult(Machine machine, Corpus corpus, Map<String, String> settings, Phase parse, Phase baseline,
                          Phase pipeline, double ratio, Latency latency, DevIdleRss devIdleRss) {

    /** The machine and JVM. */
    public record Machine(int cores, String os, String arch, String javaVersion, long maxHeapBytes, double loadAverageAtStart,
                          double loadAverageAtEnd) { }

    /** The synthetic corpus. */
    public record Corpus(int articles, int sizeKb, double duplicateRate, long seed, int partitions, long textBytes,
                         long avroBytes, int exactCopies, int nearCopies) { }

    /**
     * One throughput phase; CPU, heap and RSS are of the whole process during the phase.
     *
     * @param articles             articles through the phase
     * @param avroBytes            their Avro {@code Article} bytes
     * @param seconds              wall-clock time from the first send to the last committed output
     * @param articlesPerSecond    articles / seconds
     * @param megabytesPerSecond   Avro MB (10^6 bytes) / seconds
     * @param cpuSecondsPer1000    process CPU seconds per 1,000 articles
     * @param peakHeapBytes        the sum of the heap pools' peaks during the phase
     * @param rssBytes             VmRSS at the end of the phase
     * @param peakRssBytes         VmHWM (the process's peak resident set so far) at the end of the phase
     * @param recordsPerArticle    records the broker took per article (every topic, internal ones and transaction markers included; 0 for parsing)
     * @param bytesPerArticle      log bytes the broker wrote per article (0 for parsing)
     */
    public record Phase(long articles, long avroBytes, double seconds, double articlesPerSecond, double megabytesPerSecond,
                        double cpuSecondsPer1000, long peakHeapBytes, long rssBytes, long peakRssBytes,
                        double recordsPerArticle, double bytesPerArticle) { }

    /**
     * Latency from ingest (before parsing) to the enriched article's arrival at a
     * {@code read_committed} consumer, at a fixed offered load.
     *
     * @param offeredPerSecond  the rate the producer was held to (half of the pipeline's throughput)
     * @param achievedPerSecond the rate it actually sent at
     * @param samples           enriched articles measured
     * @param percentilesMs     p0, p5 ... p100 in milliseconds (21 values), for the distribution plot
     */
    public record Latency(double offeredPerSecond, double achievedPerSecond, int samples, double p50Ms, double p90Ms,
                          double p99Ms, double maxMs, double meanMs, List<Double> percentilesMs) { }

    /** The resident set of {@code newsflow dev} after it went idle, measured in its own process. */
    public record DevIdleRss(long rssBytes, long peakRssBytes, double idleSeconds, String javaOptions) { }
}
