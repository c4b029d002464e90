package io.newsflow.streams.topology;

import io.newsflow.avro.Article;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.streams.aggregate.stream.StatsSerdes;
import io.newsflow.streams.dedup.stream.DedupSerdes;
import org.apache.kafka.common.serialization.Serde;

/**
 * The value serdes of newsflow's Avro events. In production they are the registry-backed Avro
 * serdes (Confluent wire format); tests may pass the same serdes on a {@code mock://} registry.
 *
 * @param article         serde of {@code Article}
 * @param enrichedArticle serde of {@code EnrichedArticle}
 * @param dedup           serdes of deduplication's events, repartitions and stores
 * @param stats           serdes of the windowed statistics' topics, repartitions and stores
 */
public record NewsflowSerdes(Serde<Article> article, Serde<EnrichedArticle> enrichedArticle, DedupSerdes dedup, StatsSerdes stats) {
}
