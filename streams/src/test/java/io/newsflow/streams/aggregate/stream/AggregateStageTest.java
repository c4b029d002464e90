package io.newsflow.streams.aggregate.stream;

import static io.newsflow.streams.aggregate.stream.StatsEvents.article;
import static io.newsflow.streams.aggregate.stream.StatsEvents.duplicate;
import static io.newsflow.streams.aggregate.stream.StatsEvents.location;
import static io.newsflow.streams.aggregate.stream.StatsEvents.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.newsflow.avro.LanguageStats;
import io.newsflow.avro.SourceCounts;
import io.newsflow.avro.SourceStats;
import io.newsflow.avro.TrendItem;
import io.newsflow.avro.TrendStats;
import io.newsflow.avro.TrendType;
import io.newsflow.streams.aggregate.SpaceSaving;
import io.newsflow.streams.aggregate.SpaceSavingCodec;
import io.newsflow.streams.aggregate.WindowSpec;
import io.newsflow.streams.topology.TopicNames;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The statistics stage in the whole topology: windows, grace and late records, final results, trends. */
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

        SourceCounts reuters = fetch(SOURCES_1M, "Reuters", T0);
        assertThat(reuters).isEqualTo(new SourceCounts(3L, 2L, 1L, 500L));
        assertThat(this.<SourceCounts>fetch(SOURCES_1M, "AP", T0)).isEqualTo(new SourceCounts(1L, 1L, 0L, 100L));

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

        assertThat(this.<SourceCounts>fetch(SOURCES_1M, "Reuters", T0)).isEqualTo(new SourceCounts(1L, 0L, 1L, 300L));
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
        assertThat(this.<Long>fetch(AggregateStage.storeName("languages", WindowSpec.ONE_HOUR), "en", T0)).isEqualTo(1L);
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

        assertThat(this.<SourceCounts>fetch(SOURCES_1M, "Reuters", T0).getArticles()).isEqualTo(2);
        assertThat(fixture.late).containsExactlyInAnyOrder("stats-sources-1m", "stats-languages-1m");
        // the 1-hour windows of 09:00:15 are all still open: counted there
        assertThat(this.<SourceCounts>fetch(SOURCES_1H, "Reuters", T0).getArticles()).isEqualTo(5);
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
    void shouldRankHeavyHittersExactlyWithBoundedSketchWhenKeywordsAreSkewed() {
        // TopologyTestDriver commits (and flushes every RocksDB store) after each record: few articles, many terms each
        for (int i = 0; i < 120; i++) {
            List<String> keywords = new ArrayList<>();
            for (int j = 0; j < 5; j++) {
                keywords.add("term-" + i + "-" + j);  // 600 distinct one-off terms: three times the sketch's capacity
            }
            if (i % 2 == 0) {
                keywords.add("alpha");                 // 60
            }
            if (i % 5 == 0) {
                keywords.add("beta");                  // 24
            }
            if (i % 12 == 0) {
                keywords.add("gamma");                 // 10
            }
            fixture.publish(article("k" + i, "Reuters", T0.plusMillis(i * 100L), 10,
                i % 3 == 0 ? List.of(person("Ada Lovelace"), location("Lisbon")) : List.of(location("Lisbon")), keywords));
        }

        SpaceSaving sketch = SpaceSavingCodec.decode(fetch(AggregateStage.storeName("trends", WindowSpec.ONE_MINUTE),
            TrendType.KEYWORDS.name(), T0));
        assertThat(sketch.size()).isEqualTo(StatsMapping.SKETCH_CAPACITY);
        assertThat(sketch.total()).isEqualTo(600 + 60 + 24 + 10);

        TrendStats keywords = lastValue(fixture.output(TopicNames.STATS_KEYWORDS, fixture.serdes.stats().trendStats()),
            "1m/KEYWORDS@2026-11-22T09:00:00Z");
        assertThat(keywords.getItems()).hasSize(StatsMapping.PUBLISHED_TOP);
        assertThat(keywords.getItems().subList(0, 3)).extracting(TrendItem::getTerm, TrendItem::getCount, TrendItem::getError)
            .containsExactly(tuple("alpha", 60L, 0L), tuple("beta", 24L, 0L),
                tuple("gamma", 10L, 0L));

        TestOutputTopic<String, TrendStats> entities = fixture.output(TopicNames.STATS_ENTITIES, fixture.serdes.stats().trendStats());
        TrendStats locations = lastValue(entities, "1m/LOCATIONS@2026-11-22T09:00:00Z");
        assertThat(locations.getItems()).extracting(TrendItem::getTerm, TrendItem::getCount)
            .containsExactly(tuple("Lisbon", 120L));

        // the hour, merged from its 5-minute pane when the update round runs
        fixture.driver.advanceWallClockTime(PaneMergeEmitter.UPDATE_INTERVAL);
        TrendStats hour = lastValue(fixture.output(TopicNames.STATS_KEYWORDS, fixture.serdes.stats().trendStats()),
            "1h/KEYWORDS@2026-11-22T09:00:00Z");
        assertThat(hour.getTotal()).isEqualTo(600 + 60 + 24 + 10);
        assertThat(hour.getItems().subList(0, 3)).extracting(TrendItem::getTerm, TrendItem::getCount, TrendItem::getError)
            .containsExactly(tuple("alpha", 60L, 0L), tuple("beta", 24L, 0L), tuple("gamma", 10L, 0L));
    }

    @Test
    void shouldPublishMergedHoursOfChangedPanesWhenUpdateRoundRuns() {
        fixture.publish(article("a1", "Reuters", T0.plusSeconds(10), 100, List.of(), List.of("strike", "port")));
        fixture.publish(article("a2", "Reuters", T0.plusSeconds(400), 100, List.of(), List.of("strike")));
        TestOutputTopic<String, TrendStats> keywords = fixture.output(TopicNames.STATS_KEYWORDS, fixture.serdes.stats().trendStats());
        assertThat(keywords.readKeyValuesToList()).extracting(kv -> kv.key).allMatch(key -> key.startsWith("1m/"));

        fixture.driver.advanceWallClockTime(PaneMergeEmitter.UPDATE_INTERVAL);
        List<KeyValue<String, TrendStats>> hours = keywords.readKeyValuesToList();
        // panes 09:00 and 09:05 are in the hours starting 08:05 to 09:05; at stream time 09:06:40 the
        // 08:05 hour has closed (end 09:05 + grace) and went to the final topic instead
        assertThat(hours).hasSize(12).extracting(kv -> kv.key).doesNotHaveDuplicates()
            .contains("1h/KEYWORDS@2026-11-22T08:10:00Z", "1h/KEYWORDS@2026-11-22T09:05:00Z");
        assertThat(fixture.output(TopicNames.STATS_KEYWORDS_FINAL, fixture.serdes.stats().trendStats()).readKeyValuesToList())
            .extracting(kv -> kv.key).containsOnlyOnce("1h/KEYWORDS@2026-11-22T08:05:00Z");
        TrendStats both = hours.stream().filter(kv -> kv.key.equals("1h/KEYWORDS@2026-11-22T09:00:00Z")).findFirst().orElseThrow().value;
        assertThat(both.getWindowEnd()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(both.getItems()).extracting(TrendItem::getTerm, TrendItem::getCount).containsExactly(tuple("strike", 2L), tuple("port", 1L));

        fixture.driver.advanceWallClockTime(PaneMergeEmitter.UPDATE_INTERVAL);
        assertThat(keywords.isEmpty()).as("no pane changed since the last round").isTrue();
    }

    @Test
    void shouldEmitEachClosedHourOnceWhenStreamTimePassesEndPlusGrace() {
        fixture.publish(article("a1", "Reuters", T0.plusSeconds(10), 100, List.of(person("Ada Lovelace")), List.of("strike")));
        fixture.publish(article("a2", "Reuters", T0.plusSeconds(20), 100, List.of(), List.of("strike")));
        TestOutputTopic<String, TrendStats> finals = fixture.output(TopicNames.STATS_KEYWORDS_FINAL, fixture.serdes.stats().trendStats());
        assertThat(finals.readKeyValuesToList()).isEmpty();

        // stream time 10:00:31: the hours starting 08:05 to 09:00 ended by 10:00 and their grace (PT30S) has passed
        fixture.publish(article("a3", "Reuters", T0.plus(Duration.ofHours(1)).plusSeconds(31), 100, List.of(), List.of("port")));
        fixture.publish(article("a4", "Reuters", T0.plus(Duration.ofHours(1)).plusSeconds(40), 100, List.of(), List.of("port")));
        fixture.driver.advanceWallClockTime(PaneMergeEmitter.UPDATE_INTERVAL);

        List<KeyValue<String, TrendStats>> hours = finals.readKeyValuesToList().stream().filter(kv -> kv.key.startsWith("1h/")).toList();
        assertThat(hours).hasSize(12).extracting(kv -> kv.key).doesNotHaveDuplicates()
            .contains("1h/KEYWORDS@2026-11-22T08:05:00Z", "1h/KEYWORDS@2026-11-22T09:00:00Z");
        assertThat(hours).allSatisfy(kv -> assertThat(kv.value.getItems()).extracting(TrendItem::getTerm, TrendItem::getCount)
            .containsExactly(tuple("strike", 2L)));
        assertThat(fixture.output(TopicNames.STATS_ENTITIES_FINAL, fixture.serdes.stats().trendStats()).readKeyValuesToList())
            .filteredOn(kv -> kv.key.startsWith("1h/")).hasSize(12);
        KeyValueStore<String, Long> emitted = fixture.driver.getKeyValueStore("stats-trends-1h-emitted");
        assertThat(emitted.get(TrendType.KEYWORDS.name())).isEqualTo(T0.toEpochMilli());

        // a record in a closed pane is late, and nothing is sent again
        fixture.publish(article("a5", "Reuters", T0.plusSeconds(30), 100, List.of(), List.of("strike")));
        assertThat(fixture.late).contains("stats-trends-5m");
        fixture.publish(article("a6", "Reuters", T0.plus(Duration.ofHours(1)).plusSeconds(50), 100, List.of(), List.of("port")));
        assertThat(finals.readKeyValuesToList()).filteredOn(kv -> kv.key.startsWith("1h/")).isEmpty();
    }

    @Test
    void shouldUseConfiguredGraceWhenSettingIsGiven() {
        fixture.close();
        fixture = new StatsTopologyFixture("aggregate-stage-grace-test", T0, Map.of("newsflow.stats.grace", "PT0S"));
        fixture.publish(article("a1", "Reuters", T0.plusSeconds(60), 100));
        fixture.publish(article("a2", "Reuters", T0.plusSeconds(59), 100));

        assertThat(fixture.late).contains("stats-sources-1m");
    }

    private <V> V fetch(String store, String key, Instant windowStart) {
        WindowStore<String, V> windows = fixture.driver.getWindowStore(store);
        return windows.fetch(key, windowStart.toEpochMilli());
    }

    private static <V> V lastValue(TestOutputTopic<String, V> topic, String key) {
        V last = null;
        for (KeyValue<String, V> kv : topic.readKeyValuesToList()) {
            if (kv.key.equals(key)) {
                last = kv.value;
            }
        }
        assertThat(last).as("a record with key %s", key).isNotNull();
        return last;
    }
}
