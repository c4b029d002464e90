package io.newsflow.streams.topology;

import io.newsflow.avro.LanguageStats;
import io.newsflow.avro.SourceStats;
import io.newsflow.avro.TrendStats;
import io.newsflow.streams.aggregate.stream.StatsSerdes;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The windowed statistics topics of the {@link Topics} catalog: each kind has an update topic
 * (every change of a window's value) and a {@code .final} topic (one record per closed window).
 *
 * @param sources        per-source counts, updates
 * @param sourcesFinal   per-source counts, final
 * @param languages      per-language counts, updates
 * @param languagesFinal per-language counts, final
 * @param entities       trending persons/locations/organizations, updates
 * @param entitiesFinal  trending entities, final
 * @param keywords       trending keywords, updates
 * @param keywordsFinal  trending keywords, final
 */
public record StatsTopics(Topic<String, SourceStats> sources, Topic<String, SourceStats> sourcesFinal,
                          Topic<String, LanguageStats> languages, Topic<String, LanguageStats> languagesFinal,
                          Topic<String, TrendStats> entities, Topic<String, TrendStats> entitiesFinal,
                          Topic<String, TrendStats> keywords, Topic<String, TrendStats> keywordsFinal) {

    /** The catalog entries from the application's serdes. */
    public static StatsTopics from(StatsSerdes serdes) {
        Serde<String> key = Serdes.String();
        return new StatsTopics(
            new Topic<>(TopicNames.STATS_SOURCES, key, serdes.sourceStats()),
            new Topic<>(TopicNames.STATS_SOURCES_FINAL, key, serdes.sourceStats()),
            new Topic<>(TopicNames.STATS_LANGUAGES, key, serdes.languageStats()),
            new Topic<>(TopicNames.STATS_LANGUAGES_FINAL, key, serdes.languageStats()),
            new Topic<>(TopicNames.STATS_ENTITIES, key, serdes.trendStats()),
            new Topic<>(TopicNames.STATS_ENTITIES_FINAL, key, serdes.trendStats()),
            new Topic<>(TopicNames.STATS_KEYWORDS, key, serdes.trendStats()),
            new Topic<>(TopicNames.STATS_KEYWORDS_FINAL, key, serdes.trendStats()));
    }
}
