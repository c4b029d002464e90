package io.newsflow.streams.topology;

import io.newsflow.avro.Article;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.streams.aggregate.stream.StatsEventTimeExtractor;
import io.newsflow.streams.dedup.stream.ArticleEventTimeExtractor;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Consumed;

/**
 * The catalog of topics the topology reads and writes, each with its key and value serdes.
 *
 * @param articlesRaw        parsed articles from the producer
 * @param articlesEnriched   unique, enriched articles
 * @param articlesDuplicates one decision per duplicate
 * @param stats              the windowed statistics topics
 */
public record Topics(Topic<String, Article> articlesRaw, Topic<String, EnrichedArticle> articlesEnriched,
                     Topic<String, DuplicateDetected> articlesDuplicates, StatsTopics stats) {

    /** Builds the catalog from the serdes the application was configured with. */
    public static Topics from(NewsflowSerdes serdes) {
        Serde<String> key = Serdes.String();
        return new Topics(
            new Topic<>(TopicNames.ARTICLES_RAW, key, serdes.article()),
            new Topic<>(TopicNames.ARTICLES_ENRICHED, key, serdes.enrichedArticle()),
            new Topic<>(TopicNames.ARTICLES_DUPLICATES, key, serdes.dedup().duplicate()),
            StatsTopics.from(serdes.stats()));
    }

    /** How raw articles are read: with their publication (else ingestion) time as event time. */
    public Consumed<String, Article> rawConsumed() {
        return articlesRaw.consumed().withTimestampExtractor(new ArticleEventTimeExtractor());
    }

    /** How the statistics read published articles: with their ingest time as event time. */
    public Consumed<String, EnrichedArticle> enrichedForStats() {
        return articlesEnriched.consumed().withTimestampExtractor(new StatsEventTimeExtractor());
    }

    /** How the statistics read duplicate decisions: with the duplicate's ingest time as event time. */
    public Consumed<String, DuplicateDetected> duplicatesForStats() {
        return articlesDuplicates.consumed().withTimestampExtractor(new StatsEventTimeExtractor());
    }
}
