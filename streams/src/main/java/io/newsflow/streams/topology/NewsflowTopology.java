package io.newsflow.streams.topology;

import java.time.Clock;

import io.newsflow.avro.Article;
import io.newsflow.avro.DedupResult;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.streams.aggregate.stream.AggregateStage;
import io.newsflow.streams.config.StreamsSettings;
import io.newsflow.streams.dedup.stream.DedupStage;
import io.newsflow.streams.enrich.Enricher;
import io.newsflow.streams.fingerprint.Fingerprinter;
import io.newsflow.streams.metrics.PipelineMetrics;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;

/**
 * newsflow's Kafka Streams topology, top to bottom as the data flows:
 * {@code articles.raw} → deduplicate (duplicates → {@code articles.duplicates}) → enrich →
 * {@code articles.enriched}; then, from what was published, windowed statistics of both outputs →
 * {@code stats.*}, and the article index for interactive queries ({@link ArticleIndexStage}).
 */
public final class NewsflowTopology {

    private NewsflowTopology() {
    }

    /** Builds the topology; every node, store and repartition topic has a stable name. */
    public static Topology buildTopology(StreamsSettings config, NewsflowSerdes serdes) {
        return buildTopology(config, serdes, Clock.systemUTC());
    }

    /** As {@link #buildTopology(StreamsSettings, NewsflowSerdes)}, with the clock used for processing times. */
    public static Topology buildTopology(StreamsSettings config, NewsflowSerdes serdes, Clock clock) {
        return buildTopology(config, serdes, clock, PipelineMetrics.NONE);
    }

    /** As {@link #buildTopology(StreamsSettings, NewsflowSerdes)}, reporting enriched articles and duplicates to {@code metrics}. */
    public static Topology buildTopology(StreamsSettings config, NewsflowSerdes serdes, PipelineMetrics metrics) {
        return buildTopology(config, serdes, Clock.systemUTC(), metrics);
    }

    /**
     * The full form: {@code clock} gives processing times (enrichedAt, late-match decisions) and
     * {@code metrics} receives one call per enriched article and per duplicate decision.
     */
    public static Topology buildTopology(StreamsSettings config, NewsflowSerdes serdes, Clock clock, PipelineMetrics metrics) {
        Topics topics = Topics.from(serdes);
        StreamsBuilder builder = new StreamsBuilder();

        KStream<String, Article> raw = builder.stream(topics.articlesRaw().name(), topics.rawConsumed());
        KStream<String, DedupResult> unique = new DedupStage(config.dedup(), new Fingerprinter(), serdes.dedup(), clock, metrics)
            .addTo(builder, raw, topics.articlesDuplicates().name());
        KStream<String, EnrichedArticle> enriched = new EnrichStage(new Enricher(), clock, metrics).addTo(builder, unique);
        enriched.to(topics.articlesEnriched().name(), topics.articlesEnriched().produced());

        // what subscribers see, read back once from the output topics (a topic has one source node):
        // the statistics and the article index both follow the committed articles and decisions
        KStream<String, EnrichedArticle> published = builder.stream(topics.articlesEnriched().name(), topics.enrichedForStats());
        KStream<String, DuplicateDetected> decided = builder.stream(topics.articlesDuplicates().name(), topics.duplicatesForStats());
        new AggregateStage(config.stats(), serdes.stats(), metrics).addTo(published, decided, topics.stats());
        new ArticleIndexStage(AvroSerdes.specific(config.serdeConfig()), config.indexRetention()).addTo(builder, raw, published, decided);

        return builder.build(config.toProperties());
    }
}
