package io.newsflow.streams.topology;

import io.newsflow.avro.Article;
import io.newsflow.avro.EnrichedArticle;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The catalog of topics the topology reads and writes, each with its key and value serdes.
 *
 * @param articlesRaw      parsed articles from the producer
 * @param articlesEnriched unique, enriched articles
 */
public record Topics(Topic<String, Article> articlesRaw, Topic<String, EnrichedArticle> articlesEnriched) {

    /** Builds the catalog from the serdes the application was configured with. */
    public static Topics from(NewsflowSerdes serdes) {
        Serde<String> key = Serdes.String();
        return new Topics(
            new Topic<>(TopicNames.ARTICLES_RAW, key, serdes.article()),
            new Topic<>(TopicNames.ARTICLES_ENRICHED, key, serdes.enrichedArticle()));
    }
}
