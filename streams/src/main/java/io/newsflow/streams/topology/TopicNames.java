package io.newsflow.streams.topology;

import java.util.List;

/**
 * The names of newsflow's public topics: the contract with producers and subscribers.
 * {@link Topics} couples each with its serdes; the producer and the CLI use the names alone.
 */
public final class TopicNames {
    /** Parsed articles from the producer ({@code Article}, keyed by articleId). */
    public static final String ARTICLES_RAW = "articles.raw";
    /** Unique articles with enrichment ({@code EnrichedArticle}, keyed by articleId). */
    public static final String ARTICLES_ENRICHED = "articles.enriched";
    /** One auditable decision per duplicate article ({@code DuplicateDetected}, keyed by articleId). */
    public static final String ARTICLES_DUPLICATES = "articles.duplicates";
    /** Inputs the producer could not parse, with the reason ({@code RejectedInput}). */
    public static final String ARTICLES_REJECTED = "articles.rejected";

    /** Records the streams application could not process, with the cause in headers (raw bytes). */
    public static final String ARTICLES_DLQ = "articles.dlq";

    /** Every topic newsflow creates at start, in data-flow order. */
    public static final List<String> ALL = List.of(ARTICLES_RAW, ARTICLES_ENRICHED, ARTICLES_DUPLICATES, ARTICLES_REJECTED, ARTICLES_DLQ);

    private TopicNames() {
    }
}
