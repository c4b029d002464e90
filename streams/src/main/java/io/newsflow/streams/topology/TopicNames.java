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

    /** Per-source article counts per window, every update ({@code SourceStats}, key {@code <window>/<source>@<windowStart>}). */
    public static final String STATS_SOURCES = "stats.sources";
    /** Per-source article counts, one final record per closed window. */
    public static final String STATS_SOURCES_FINAL = "stats.sources.final";
    /** Per-language article counts per window, every update ({@code LanguageStats}). */
    public static final String STATS_LANGUAGES = "stats.languages";
    /** Per-language article counts, one final record per closed window. */
    public static final String STATS_LANGUAGES_FINAL = "stats.languages.final";
    /** Trending persons, locations and organizations per window, every update ({@code TrendStats}). */
    public static final String STATS_ENTITIES = "stats.entities";
    /** Trending entities, one final record per kind and closed window. */
    public static final String STATS_ENTITIES_FINAL = "stats.entities.final";
    /** Trending keywords per window, every update ({@code TrendStats}). */
    public static final String STATS_KEYWORDS = "stats.keywords";
    /** Trending keywords, one final record per closed window. */
    public static final String STATS_KEYWORDS_FINAL = "stats.keywords.final";

    /** The article topics: what the pipeline reads and its outcomes (the dev summary counts these). */
    public static final List<String> ARTICLES = List.of(ARTICLES_RAW, ARTICLES_ENRICHED, ARTICLES_DUPLICATES, ARTICLES_REJECTED, ARTICLES_DLQ);
    /** The windowed statistics topics (docs/aggregations.md). */
    public static final List<String> STATS = List.of(STATS_SOURCES, STATS_SOURCES_FINAL, STATS_LANGUAGES, STATS_LANGUAGES_FINAL,
        STATS_ENTITIES, STATS_ENTITIES_FINAL, STATS_KEYWORDS, STATS_KEYWORDS_FINAL);
    /** Every topic newsflow creates at start, in data-flow order. */
    public static final List<String> ALL = java.util.stream.Stream.concat(ARTICLES.stream(), STATS.stream()).toList();

    private TopicNames() {
    }
}
