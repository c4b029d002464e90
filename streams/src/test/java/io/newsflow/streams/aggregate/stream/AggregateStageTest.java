package io.newsflow.streams.aggregate.stream;

import static io.newsflow.streams.aggregate.stream.StatsEvents.article;
import static io.newsflow.streams.aggregate.stream.StatsEvents.duplicate;
import static io.newsflow.streams.aggregate.stream.StatsTopologyFixture.lastValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.newsflow.avro.LanguageStats;
import io.newsflow.avro.SourceCounts;
import io.newsflow.avro.SourceStats;
import io.newsflow.streams.aggregate.WindowSpec;
import io.newsflow.streams.topology.TopicNames;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The statistics stage in the whole topology: counts per source and language, windows, grace and late
 * records, final results. Trends: {@link AggregateStageTrendsTest}.
 */
class AggregateStageTest {
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final String SOURCES_1M = AggregateStage.storeName("sources", WindowSpec.ONE_MINUTE);
    private static final String SOURCES_1H = AggregateStage.storeName("sources", WindowSpec.ONE_HOUR);

    private StatsTopologyFixture fixture = new StatsTopologyFixture("aggregate-stage-test", T0, Map.of());

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void shouldCountArticlesWordsAndDuplicatesPerSourceWhenTheyArriveInOneMinute() {
        fixture.publish(article("a1", "Reuters", T0.plusSeconds(10), 300));
        fixture.publish(article("a2", "Reuters", T0.plusSeconds(20), 200));
        fixture.publish(duplicate("a3", "Reuters", T0.plusSeconds(30), false));
        fixture.publish(article("b1", "AP", T0.plusSeconds(40), 100));

        SourceCounts reuters = fixture.fetch(SOURCES_1M, "Reuters", T0);
        assertThat(reuters).isEqualTo(new SourceCounts(3L, 2L, 1L, 500L));
        assertThat(fixture.<SourceCounts>fetch(SOURCES_1M, "AP", T0)).isEqualTo(new SourceCounts(1L, 1L, 0L, 100L));

        SourceStats last = lastValue(fixture.output(TopicNames.STATS_SOURCES, fixture.serdes.stats().sourceStats()),
            "1m/Reuters@2026-11-22T09:00:00Z");
        assertThat(last.getArticles()).isEqualTo(3);
        assertThat(last.getDuplicateRate()).isEqualTo(1.0 / 3);
        assertThat(last.getWindowEnd()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void shouldMoveArticleFromUniqueToDuplicatesWhenCorrectionArrives() {
        fixture.publish(article("a1", "Reuters", T0.plusSeconds(10), 300));
        fixture.publish(duplicate("a1", "Reuters", T0.plusSeconds(10), true));

        assertThat(fixture.<SourceCounts>fetch(SOURCES_1M, "Reuters", T0)).isEqualTo(new SourceCounts(1L, 0L, 1L, 300L));
    }

    @Test
    void shouldCountArticleInTwelveWindowsWhenHourWindowsHopEveryFiveMinutes() {
        fixture.publish(article("a1", "Reuters", T0.plusSeconds(150), 300));

        List<Long> starts = new ArrayList<>();
        WindowStore<String, SourceCounts> store = fixture.driver.getWindowStore(SOURCES_1H);
        try (WindowStoreIterator<SourceCounts> it = store.fetch("Reuters", T0.minus(Duration.ofHours(2)), T0.plus(Duration.ofHours(2)))) {
            it.forEachRemaining(kv -> starts.add(kv.key));
        }
        assertThat(starts).hasSize(12).first().isEqualTo(T0.minus(Duration.ofMinutes(55)).toEpochMilli());
        assertThat(starts).last().isEqualTo(T0.toEpochMilli());
        assertThat(fixture.<Long>fetch(AggregateStage.storeName("languages", WindowSpec.ONE_HOUR), "en", T0)).isEqualTo(1L);
    }

    @Test
    void shouldCountRecordWithinGraceAndLeaveOutLaterRecordWhenStreamTimeHasPassedTheWindow() {
        fixture.publish(article("a1", "Reuters", T0.plusSeconds(10), 100));
        fixture.publish(article("a2", "Reuters", T0.plusSeconds(80), 100));
        // stream time 09:01:20: the 09:00 window ends at 09:01:00 and closes at 09:01:30 (grace PT30S)
        fixture.publish(article("a3", "Reuters", T0.plusSeconds(5), 100));
        assertThat(fixture.late).isEmpty();

        fixture.publish(article("a4", "Reuters", T0.plusSeconds(95), 100));
        fixture.publish(article("a5", "Reuters", T0.plusSeconds(15), 100));

        assertThat(fixture.<SourceCounts>fetch(SOURCES_1M, "Reuters", T0).getArticles()).isEqualTo(2);
        assertThat(fixture.late).containsExactlyInAnyOrder("stats-sources-1m", "stats-languages-1m");
        // the 1-hour windows of 09:00:15 are all still open: counted there
        assertThat(fixture.<SourceCounts>fetch(SOURCES_1H, "Reuters", T0).getArticles()).isEqualTo(5);
    }

    @Test
    void shouldEmitExactlyOneFinalRecordPerWindowWhenWindowsClose() {
        fixture.publish(article("a1", "Reuters", T0.plusSeconds(10), 100));
        fixture.publish(article("a2", "Reuters", T0.plusSeconds(20), 100));
        fixture.publish(article("a3", "Reuters", T0.plusSeconds(70), 100));
        fixture.publish(article("a4", "AP", T0.plusSeconds(75), 100));
        fixture.publish(article("a5", "Reuters", T0.plusSeconds(200), 100));

        List<KeyValue<String, SourceStats>> finals = fixture.output(TopicNames.STATS_SOURCES_FINAL,
            fixture.serdes.stats().sourceStats()).readKeyValuesToList();
        assertThat(finals).extracting(kv -> kv.key).containsExactlyInAnyOrder(
            "1m/Reuters@2026-11-22T09:00:00Z", "1m/Reuters@2026-11-22T09:01:00Z", "1m/AP@2026-11-22T09:01:00Z");
        assertThat(finals).filteredOn(kv -> kv.key.equals("1m/Reuters@2026-11-22T09:00:00Z"))
            .singleElement().extracting(kv -> kv.value.getArticles()).isEqualTo(2L);
        List<KeyValue<String, LanguageStats>> languages = fixture.output(TopicNames.STATS_LANGUAGES_FINAL,
            fixture.serdes.stats().languageStats()).readKeyValuesToList();
        assertThat(languages).extracting(kv -> kv.key + "=" + kv.value.getArticles())
            .containsExactlyInAnyOrder("1m/en@2026-11-22T09:00:00Z=2", "1m/en@2026-11-22T09:01:00Z=2");
    }

    @Test
    void shouldUseConfiguredGraceWhenSettingIsGiven() {
        fixture.close();
        fixture = new StatsTopologyFixture("aggregate-stage-grace-test", T0, Map.of("newsflow.stats.grace", "PT0S"));
        fixture.publish(article("a1", "Reuters", T0.plusSeconds(60), 100));
        fixture.publish(article("a2", "Reuters", T0.plusSeconds(59), 100));

        assertThat(fixture.late).contains("stats-sources-1m");
    }
}
