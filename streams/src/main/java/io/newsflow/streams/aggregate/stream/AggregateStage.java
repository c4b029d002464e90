package io.newsflow.streams.aggregate.stream;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.SourceCounts;
import io.newsflow.avro.TrendStats;
import io.newsflow.avro.TrendTerms;
import io.newsflow.avro.TrendType;
import io.newsflow.streams.aggregate.StatsConfig;
import io.newsflow.streams.aggregate.WindowSpec;
import io.newsflow.streams.metrics.PipelineMetrics;
import io.newsflow.streams.topology.StatsTopics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The statistics stage: windowed counts per source and per language and trending entities and
 * keywords, over tumbling 1-minute and hopping 1-hour windows (docs/aggregations.md). Reads the
 * published articles and duplicate decisions, top to bottom:
 * <ol>
 *   <li>per source: each first version and each duplicate decision becomes a count delta,
 *       repartitioned by source ({@value #BY_SOURCE}), summed per window;</li>
 *   <li>per language: each first version counts one, repartitioned by language ({@value #BY_LANGUAGE});</li>
 *   <li>trends: each first version's distinct persons, locations, organizations and keywords,
 *       repartitioned by kind ({@value #BY_TREND_TYPE}), added to a bounded Space-Saving summary per
 *       1-minute window and per 5-minute pane; the 1-hour windows are merged from their panes
 *       ({@link PaneMergeEmitter}).</li>
 * </ol>
 * Each aggregation ({@link WindowedStats}) writes every update and, once a window closes, its final value.
 */
public final class AggregateStage {
    /** Repartition names (topics "&lt;application.id&gt;-&lt;name&gt;-repartition"). */
    public static final String BY_SOURCE = "stats-by-source";
    public static final String BY_LANGUAGE = "stats-by-language";
    public static final String BY_TREND_TYPE = "stats-by-trend-type";
    /** Window kinds, in the order they are built. */
    public static final List<WindowSpec> WINDOWS = List.of(WindowSpec.ONE_MINUTE, WindowSpec.ONE_HOUR);

    private final StatsConfig config;
    private final StatsSerdes serdes;
    private final PipelineMetrics metrics;

    /**
     * @param config  grace period
     * @param serdes  value serdes of repartitions, stores and outputs
     * @param metrics receives one call per late record
     */
    public AggregateStage(StatsConfig config, StatsSerdes serdes, PipelineMetrics metrics) {
        this.config = Objects.requireNonNull(config, "config");
        this.serdes = Objects.requireNonNull(serdes, "serdes");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /** The window store of one kind of statistics and one window, e.g. {@code stats-sources-1m}. */
    public static String storeName(String kind, WindowSpec spec) {
        return WindowedStats.baseName(kind, spec);
    }

    /**
     * @param enriched   published articles (articles.enriched) with ingest-time timestamps
     * @param duplicates duplicate decisions (articles.duplicates) with the duplicate's ingest time
     * @param topics     where the statistics go
     */
    public void addTo(KStream<String, EnrichedArticle> enriched, KStream<String, DuplicateDetected> duplicates, StatsTopics topics) {
        Duration grace = config.grace();
        KStream<String, EnrichedArticle> firstVersions = enriched.filter((id, e) -> StatsMapping.firstVersion(e),
            Named.as("stats-first-versions"));

        KStream<String, SourceCounts> bySource = firstVersions
            .map((id, e) -> KeyValue.pair(StatsMapping.source(e), StatsMapping.countsOf(e)), Named.as("stats-article-counts"))
            .merge(duplicates.map((id, d) -> KeyValue.pair(StatsMapping.source(d), StatsMapping.countsOf(d)),
                Named.as("stats-duplicate-counts")), Named.as("stats-merge-counts"))
            .repartition(Repartitioned.<String, SourceCounts>as(BY_SOURCE)
                .withKeySerde(Serdes.String()).withValueSerde(serdes.sourceCounts()));
        for (WindowSpec spec : WINDOWS) {
            new WindowedStats<SourceCounts, SourceCounts>(WindowedStats.SOURCES, spec, grace, metrics)
                .aggregate(bySource, serdes.sourceCounts(), StatsMapping::zero, (source, delta, sum) -> StatsMapping.add(sum, delta),
                    serdes.sourceCounts())
                .publish((w, c) -> StatsMapping.sourceStats(spec, w, c), topics.sources(), topics.sourcesFinal());
        }

        KStream<String, Long> byLanguage = firstVersions
            .map((id, e) -> KeyValue.pair(StatsMapping.language(e), 1L), Named.as("stats-article-language"))
            .repartition(Repartitioned.<String, Long>as(BY_LANGUAGE).withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()));
        for (WindowSpec spec : WINDOWS) {
            new WindowedStats<Long, Long>(WindowedStats.LANGUAGES, spec, grace, metrics)
                .aggregate(byLanguage, Serdes.Long(), () -> 0L, (language, one, sum) -> sum + one, Serdes.Long())
                .publish((w, count) -> StatsMapping.languageStats(spec, w, count), topics.languages(), topics.languagesFinal());
        }

        KStream<String, TrendTerms> byTrendType = firstVersions
            .flatMap((id, e) -> StatsMapping.trendTerms(e), Named.as("stats-article-terms"))
            .repartition(Repartitioned.<String, TrendTerms>as(BY_TREND_TYPE)
                .withKeySerde(Serdes.String()).withValueSerde(serdes.trendTerms()));
        // 1 minute: one Space-Saving summary per kind and window
        trendSummaries(byTrendType, WindowSpec.ONE_MINUTE)
            .publishSplit((w, sketch) -> StatsMapping.trendStats(WindowSpec.ONE_MINUTE, w, sketch), AggregateStage::isKeywords,
                topics.keywords(), topics.keywordsFinal(), topics.entities(), topics.entitiesFinal());
        // 1 hour: 5-minute pane summaries (one update per article instead of twelve), merged per hour when emitted or queried
        WindowSpec hour = WindowSpec.ONE_HOUR;
        String hourBase = storeName(WindowedStats.TRENDS, hour);
        String paneStore = storeName(WindowedStats.TRENDS, hour.panes());
        KStream<String, PaneMergeEmitter.Emitted> hours = trendSummaries(byTrendType, hour.panes())
            .changes()
            .process(new PaneMergeSupplier(hour, grace, paneStore, hourBase), Named.as(hourBase + "-emit"), paneStore);
        new WindowedStats<TrendTerms, byte[]>(WindowedStats.TRENDS, hour, grace, metrics).publishSplit(
            emitted(hours, hourBase + "-updates", false), emitted(hours, hourBase + "-final", true),
            AggregateStage::isKeywords, topics.keywords(), topics.keywordsFinal(), topics.entities(), topics.entitiesFinal());
    }

    /** Space-Saving summaries of each trend kind per {@code spec} window, kept encoded (SpaceSavingCodec). */
    private WindowedStats<TrendTerms, byte[]> trendSummaries(KStream<String, TrendTerms> byTrendType, WindowSpec spec) {
        return new WindowedStats<TrendTerms, byte[]>(WindowedStats.TRENDS, spec, config.grace(), metrics)
            .aggregate(byTrendType, serdes.trendTerms(), StatsMapping::emptySketch,
                (type, terms, sketch) -> StatsMapping.addTerms(sketch, terms), Serdes.ByteArray());
    }

    /** The emitter's final records, or its updates. */
    private static KStream<String, TrendStats> emitted(KStream<String, PaneMergeEmitter.Emitted> hours, String name, boolean last) {
        return hours.filter((key, e) -> e.last() == last, Named.as(name)).mapValues(PaneMergeEmitter.Emitted::stats, Named.as(name + "-records"));
    }

    private static boolean isKeywords(TrendStats stats) {
        return stats.getType() == TrendType.KEYWORDS;
    }
}
