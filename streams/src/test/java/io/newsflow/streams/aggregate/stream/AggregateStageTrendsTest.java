package io.newsflow.streams.aggregate.stream;

import static io.newsflow.streams.aggregate.stream.StatsEvents.article;
import static io.newsflow.streams.aggregate.stream.StatsEvents.location;
import static io.newsflow.streams.aggregate.stream.StatsEvents.person;
import static io.newsflow.streams.aggregate.stream.StatsTopologyFixture.lastValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The statistics stage's trends in the whole topology: the bounded top-k sketch ranks skewed
 * keywords exactly, the hour is merged from 5-minute panes on each update round, and each closed
 * hour is sent once. Counts, windows, grace and final records: {@link AggregateStageTest}.
 */
class AggregateStageTrendsTest {
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    @AutoClose
    private final StatsTopologyFixture fixture = new StatsTopologyFixture("aggregate-stage-trends-test", T0, Map.of());

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

        SpaceSaving sketch = SpaceSavingCodec.decode(fixture.fetch(AggregateStage.storeName("trends", WindowSpec.ONE_MINUTE),
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
}
