package io.newsflow.app.bench;

import java.time.Duration;
import java.util.Map;

/**
 * What {@code newsflow bench} measures and how.
 *
 * @param articles        articles in the corpus (each phase sends them all)
 * @param warmup          articles sent through the baseline and the pipeline before each is measured (0 for none)
 * @param sizeKb          the typical article size in KB
 * @param duplicateRate   the share of exact and near copies, 0 to 1
 * @param seed            the corpus generator's seed
 * @param partitions      partitions of every topic
 * @param producerConfig  overrides of the producer's settings ({@code ProducerSettings} keys)
 * @param streamsConfig   overrides of the streams application's settings ({@code StreamsSettings} keys, Kafka keys)
 * @param phaseTimeout    how long one phase may take before the run fails
 * @param devIdle         how long to let {@code newsflow dev} idle before reading its RSS, or null to skip that measurement
 */
public record BenchOptions(int articles, int warmup, int sizeKb, double duplicateRate, long seed, int partitions,
                           Map<String, String> producerConfig, Map<String, String> streamsConfig, Duration phaseTimeout,
                           Duration devIdle) {

    public BenchOptions {
        if (articles < 10) {
            throw new IllegalArgumentException("Invalid value '" + articles + "' for --articles: expected 10 or more");
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("Invalid value '" + warmup + "' for --warmup: expected 0 or more");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("Invalid value '" + partitions + "' for --partitions: expected 1 or more");
        }
        new SyntheticCorpus(sizeKb, duplicateRate); // validates both, naming the bad value
        producerConfig = Map.copyOf(producerConfig);
        streamsConfig = Map.copyOf(streamsConfig);
    }
}
