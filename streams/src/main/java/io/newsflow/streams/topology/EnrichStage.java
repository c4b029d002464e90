package io.newsflow.streams.topology;

import java.time.Clock;

import io.newsflow.avro.Article;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.streams.enrich.ArticleText;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * Enrichment stage: turns each parsed article into an {@code EnrichedArticle}. The work itself
 * is done by pure classes; this stage only places it in the topology under stable names.
 */
public final class EnrichStage {
    /** Version of the enrichment written into every record, so consumers can tell results apart. */
    public static final String ENRICHMENT_VERSION = "0.1.0";

    private final Clock clock;

    public EnrichStage(Clock clock) {
        this.clock = clock;
    }

    /** Adds the enrichment step to {@code articles} and returns the enriched stream. */
    public KStream<String, EnrichedArticle> apply(KStream<String, Article> articles) {
        return articles.mapValues(this::enrich, Named.as("enrich-articles"));
    }

    EnrichedArticle enrich(Article article) {
        return EnrichedArticle.newBuilder()
            .setArticle(article)
            .setWordCount(ArticleText.wordCount(article))
            .setEnrichedAt(clock.instant())
            .setEnrichmentVersion(ENRICHMENT_VERSION)
            .build();
    }
}
