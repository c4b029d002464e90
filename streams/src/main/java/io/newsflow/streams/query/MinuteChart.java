package io.newsflow.streams.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.newsflow.avro.SourceCounts;
import io.newsflow.streams.aggregate.stream.AggregateStage;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/**
 * The per-minute chart of {@link StatsQueries}: unique articles and duplicates in each minute up
 * to the current one, summed over every source of the local 1-minute source windows. Every minute
 * of the lookback is answered, an empty one as 0, so a chart has no gaps to guess about.
 */
final class MinuteChart {
    /** The longest lookback: the 1-minute stores keep two hours. */
    static final Duration MAX_LOOKBACK = Duration.ofHours(2);
    private static final String SOURCES_PER_MINUTE = AggregateStage.storeName("sources", StatsWindow.ONE_MINUTE.spec());

    private final WindowStores stores;
    private final Clock clock;

    /** A chart over the 1-minute sources store of {@code stores}, ending at {@code clock}'s minute. */
    MinuteChart(WindowStores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /** The counts over {@code lookback} (PT1M to {@link #MAX_LOOKBACK}), oldest minute first. */
    List<MinuteCount> articlesPerMinute(Duration lookback) {
        if (lookback == null || lookback.compareTo(Duration.ofMinutes(1)) < 0 || lookback.compareTo(MAX_LOOKBACK) > 0) {
            throw new IllegalArgumentException("invalid lookback " + lookback + ": expected PT1M to " + MAX_LOOKBACK);
        }
        Instant last = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant first = last.minus(lookback).plus(Duration.ofMinutes(1));
        Map<Long, long[]> sums = new TreeMap<>();
        for (Instant m = first; !m.isAfter(last); m = m.plus(Duration.ofMinutes(1))) {
            sums.put(m.toEpochMilli(), new long[2]);
        }
        ReadOnlyWindowStore<String, SourceCounts> store = stores.windowStore(SOURCES_PER_MINUTE);
        try (KeyValueIterator<Windowed<String>, SourceCounts> it = store.fetchAll(first, last)) {
            it.forEachRemaining(kv -> {
                long[] sum = sums.get(kv.key.window().start());
                if (sum != null) {
                    sum[0] += kv.value.getUnique();
                    sum[1] += kv.value.getDuplicates();
                }
            });
        }
        List<MinuteCount> out = new ArrayList<>(sums.size());
        sums.forEach((minute, sum) -> out.add(new MinuteCount(Instant.ofEpochMilli(minute), sum[0], sum[1])));
        return out;
    }
}
