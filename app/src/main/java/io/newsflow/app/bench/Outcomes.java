package io.newsflow.app.bench;

import java.time.Duration;
import java.util.Set;

import io.newsflow.app.dev.OutputCounter;

/** Waits until a phase's output is complete, as {@code newsflow dev --exit-when-idle} does. */
final class Outcomes {

    private Outcomes() {
    }

    /**
     * Polls {@code counter} until {@code topics} hold {@code expected} committed outcomes.
     *
     * @return the {@link System#nanoTime()} when they did
     * @throws IllegalStateException naming the phase and the counts when {@code timeout} passes first
     */
    static long await(OutputCounter counter, Set<String> topics, long expected, Duration timeout, String phase) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (counter.outcomes(topics) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(phase + ": expected " + expected + " outcomes on " + topics + " within "
                    + timeout + " but saw " + counter.counts());
            }
            counter.poll();
        }
        return System.nanoTime();
    }

    /** Builds a phase's figures from its counts, time and resource use. */
    static BenchResult.Phase phase(long articles, long avroBytes, long startNanos, long endNanos, ResourceMeter.Usage usage,
                                   BrokerFootprint.Snapshot written) {
        double seconds = (endNanos - startNanos) / 1e9;
        return new BenchResult.Phase(articles, avroBytes, seconds, articles / seconds, avroBytes / 1e6 / seconds,
            usage.cpuSeconds() * 1000 / articles, usage.peakHeapBytes(), usage.rssBytes(), usage.peakRssBytes(),
            written.records() / (double) articles, written.bytes() / (double) articles);
    }
}
