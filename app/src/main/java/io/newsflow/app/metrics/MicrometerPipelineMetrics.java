package io.newsflow.app.metrics;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.streams.metrics.PipelineMetrics;

/**
 * newsflow's own pipeline metrics in Micrometer: the ingest → enriched latency histogram, the
 * counts of enriched articles and duplicate decisions, and late records per aggregation stage, fed by the topology's
 * {@link PipelineMetrics} hooks. Prometheus names are in {@link #LATENCY} etc. with
 * {@code _seconds_bucket} / {@code _total} suffixes added by the registry.
 */
public final class MicrometerPipelineMetrics implements PipelineMetrics {
    /** Time from an article's ingestion (producer) to its enrichment (streams); Prometheus {@code newsflow_ingest_to_enriched_latency_seconds}. */
    public static final String LATENCY = "newsflow.ingest.to.enriched.latency";
    /** Articles written to articles.enriched; Prometheus {@code newsflow_articles_enriched_total}. */
    public static final String ENRICHED = "newsflow.articles.enriched";
    /** Duplicate decisions written to articles.duplicates; Prometheus {@code newsflow_articles_duplicates_total}. */
    public static final String DUPLICATES = "newsflow.articles.duplicates";

    /** Records left out of a windowed aggregation because they came after its grace period; Prometheus {@code newsflow_records_late_total{stage}}. */
    public static final String LATE = "newsflow.records.late";

    private final MeterRegistry registry;
    private final java.util.Map<String, Counter> late = new java.util.concurrent.ConcurrentHashMap<>();
    private final Timer latency;
    private final Counter enriched;
    private final Counter duplicates;

    /** Registers the meters in {@code registry}. */
    public MicrometerPipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        // a percentile histogram gives Prometheus buckets from 1 ms to 1 h, so quantiles can be
        // computed across instances with histogram_quantile(); articles re-read after an outage can be hours old
        this.latency = Timer.builder(LATENCY)
            .description("Time from an article's ingestion to its enrichment (EnrichedArticle.enrichedAt - Article.ingestedAt)")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofHours(1))
            .register(registry);
        this.enriched = Counter.builder(ENRICHED).description("Articles enriched and written to articles.enriched")
            .register(registry);
        this.duplicates = Counter.builder(DUPLICATES).description("Duplicate decisions written to articles.duplicates")
            .register(registry);
    }

    @Override
    public void articleEnriched(Instant ingestedAt, Instant enrichedAt) {
        enriched.increment();
        // clocks of producer and streams hosts can disagree; a negative latency is recorded as zero, not dropped
        Duration elapsed = Duration.between(ingestedAt, enrichedAt);
        latency.record(elapsed.isNegative() ? Duration.ZERO : elapsed);
    }

    @Override
    public void duplicateDetected() {
        duplicates.increment();
    }

    @Override
    public void lateRecord(String stage) {
        // one counter per stage (six: sources, languages and trends over 1m and 1h), created on first use
        late.computeIfAbsent(stage, s -> Counter.builder(LATE).tag("stage", s)
            .description("Records left out of a windowed aggregation because they arrived after its grace period")
            .register(registry)).increment();
    }
}
