package io.newsflow.streams.aggregate.stream;

import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import io.newsflow.streams.aggregate.WindowSpec;
import io.newsflow.streams.metrics.PipelineMetrics;
import io.newsflow.streams.topology.Topic;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Aggregator;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Initializer;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Suppressed;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.WindowStore;

/**
 * One windowed aggregation of the statistics stage, named after its kind and window
 * ({@code stats-sources-1m}: the store; {@code -late-check}, {@code -aggregate}, {@code -updates},
 * {@code -until-close}, {@code -final}: its nodes): late check, aggregate into a named window
 * store, then every update to one topic and each closed window's final value to another.
 *
 * @param <V> value type of the input records
 * @param <A> aggregate (store value) type
 */
final class WindowedStats<V, A> {
    static final String SOURCES = "sources";
    static final String LANGUAGES = "languages";
    static final String TRENDS = "trends";
    /** Windows are kept this long past their grace, so the dashboard can chart the last hour of minutes. */
    static final Duration KEEP = Duration.ofHours(2);

    private final String base;
    private final WindowSpec spec;
    private final Duration grace;
    private final PipelineMetrics metrics;
    private KTable<Windowed<String>, A> table;

    WindowedStats(String kind, WindowSpec spec, Duration grace, PipelineMetrics metrics) {
        this.base = baseName(kind, spec);
        this.spec = spec;
        this.grace = grace;
        this.metrics = metrics;
    }

    static String baseName(String kind, WindowSpec spec) {
        return "stats-" + kind + "-" + spec.id();
    }

    /** Adds the late check and the windowed aggregation of {@code byKey} (already partitioned by its key). */
    WindowedStats<V, A> aggregate(KStream<String, V> byKey, Serde<V> valueSerde, Initializer<A> initializer,
                                  Aggregator<String, V, A> aggregator, Serde<A> aggregateSerde) {
        TimeWindows windows = TimeWindows.ofSizeAndGrace(spec.size(), grace);
        if (!spec.tumbling()) {
            windows = windows.advanceBy(spec.advance());
        }
        // processValues keeps the key, so the grouping below needs no second repartition
        table = byKey.processValues(() -> new LateRecordFilter<>(base, spec, grace, metrics), Named.as(base + "-late-check"))
            .groupByKey(Grouped.with(base, Serdes.String(), valueSerde))
            .windowedBy(windows)
            .aggregate(initializer, aggregator, Named.as(base + "-aggregate"),
                Materialized.<String, A, WindowStore<Bytes, byte[]>>as(base)
                    .withKeySerde(Serdes.String()).withValueSerde(aggregateSerde).withRetention(KEEP.plus(grace)));
        return this;
    }

    /** Every change of a window (after the record cache), for a processor that builds larger windows from these panes. */
    KStream<Windowed<String>, A> changes() {
        return table.toStream(Named.as(base + "-changes"));
    }

    /** Every update to {@code updates}, each closed window once to {@code finals}. */
    <O> void publish(BiFunction<Windowed<String>, A, O> toOutput, Topic<String, O> updates, Topic<String, O> finals) {
        records(table, "-updates", toOutput).to(updates.name(), produced(updates));
        records(closed(), "-final", toOutput).to(finals.name(), produced(finals));
    }

    /** As {@link #publish}, records matching {@code first} to the first pair of topics and the others to the second. */
    <O> void publishSplit(BiFunction<Windowed<String>, A, O> toOutput, Predicate<O> first, Topic<String, O> firstUpdates,
                          Topic<String, O> firstFinals, Topic<String, O> otherUpdates, Topic<String, O> otherFinals) {
        publishSplit(records(table, "-updates", toOutput), records(closed(), "-final", toOutput), first, firstUpdates, firstFinals,
            otherUpdates, otherFinals);
    }

    /** As above, for records built elsewhere (the one-hour trends merged from panes). */
    <O> void publishSplit(KStream<String, O> updates, KStream<String, O> finals, Predicate<O> first, Topic<String, O> firstUpdates,
                          Topic<String, O> firstFinals, Topic<String, O> otherUpdates, Topic<String, O> otherFinals) {
        split(updates, "-updates-", first, firstUpdates, otherUpdates);
        split(finals, "-final-", first, firstFinals, otherFinals);
    }

    private KTable<Windowed<String>, A> closed() {
        // unbounded: the buffer holds one value per key and open window, and keys are bounded
        // (sources, languages, four trend kinds); a window leaves it as soon as it closes
        return table.suppress(Suppressed.untilWindowCloses(Suppressed.BufferConfig.unbounded()).withName(base + "-until-close"));
    }

    private <O> KStream<String, O> records(KTable<Windowed<String>, A> from, String suffix, BiFunction<Windowed<String>, A, O> toOutput) {
        return from.toStream(Named.as(base + suffix))
            .map((window, value) -> KeyValue.pair(StatsMapping.recordKey(spec, window), toOutput.apply(window, value)),
                Named.as(base + suffix + "-records"));
    }

    private <O> void split(KStream<String, O> records, String prefix, Predicate<O> first, Topic<String, O> firstTopic,
                           Topic<String, O> otherTopic) {
        records.split(Named.as(base + prefix))
            .branch((key, value) -> first.test(value), Branched.withConsumer(s -> s.to(firstTopic.name(), produced(firstTopic)), "first"))
            .defaultBranch(Branched.withConsumer(s -> s.to(otherTopic.name(), produced(otherTopic)), "other"));
    }

    /** Both window kinds write the same topics: the sink is named after topic and window. */
    private <O> org.apache.kafka.streams.kstream.Produced<String, O> produced(Topic<String, O> topic) {
        return topic.produced().withName("sink-" + topic.name() + "-" + spec.id());
    }
}
