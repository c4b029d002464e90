package io.newsflow.streams.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import io.newsflow.avro.SourceCounts;
import io.newsflow.streams.aggregate.SpaceSaving;
import io.newsflow.streams.aggregate.SpaceSavingCodec;
import io.newsflow.streams.aggregate.WindowSpec;
import io.newsflow.streams.aggregate.stream.AggregateStage;
import io.newsflow.streams.aggregate.stream.StatsMapping;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Interactive queries over the statistics' window stores of the LOCAL instance (its partitions
 * only; {@link #mergeTrends} and friends combine several instances' answers).
 *
 * <p>"The latest window" is the one that holds the newest data: for tumbling 1-minute windows the
 * newest minute; for hopping 1-hour windows the hour ending just after the newest data (the
 * window starting 55 minutes before the newest 5-minute start), not the newest window, which
 * would hold only the last few minutes. Queries throw Kafka's {@code InvalidStateStoreException}
 * while the stores are not queryable (rebalancing, not yet running): callers answer 503.
 */
public final class StatsQueries {
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.ofEpochMilli(Long.MAX_VALUE);
    /** The longest {@link #articlesPerMinute} lookback: the 1-minute stores keep two hours. */
    public static final Duration MAX_LOOKBACK = MinuteChart.MAX_LOOKBACK;

    private final WindowStores stores;
    private final MinuteChart minuteChart;

    /** Queries the local stores of {@code streams}; the per-minute chart ends at the current minute. */
    public StatsQueries(KafkaStreams streams) {
        this(localStores(streams), Clock.systemUTC());
    }

    /** Queries {@code stores}; {@code clock} says which minute the per-minute chart ends at. */
    public StatsQueries(WindowStores stores, Clock clock) {
        this.stores = stores;
        this.minuteChart = new MinuteChart(stores, clock);
    }

    /** The window store names the statistics keep, for metadata lookups and forwarding. */
    public Set<String> storeNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String kind : List.of("sources", "languages")) {
            for (StatsWindow w : StatsWindow.values()) {
                names.add(storeName(kind, w));
            }
        }
        for (StatsWindow w : StatsWindow.values()) {
            names.add(trendStore(w));
        }
        return names;
    }

    /**
     * The top {@code limit} terms of {@code type} in the latest window with data (null bounds and no
     * items when none). One-hour windows are merged from their 5-minute panes at query time.
     */
    public Trend trend(TrendType type, StatsWindow window, int limit) {
        StatsMerge.requireLimit(limit);
        WindowSpec spec = window.spec();
        boolean paned = !spec.tumbling();
        NavigableMap<Long, SpaceSaving> summaries = new TreeMap<>();
        ReadOnlyWindowStore<String, byte[]> store = stores.windowStore(trendStore(window));
        try (WindowStoreIterator<byte[]> it = store.fetch(type.name(), EARLIEST, LATEST)) {
            it.forEachRemaining(kv -> summaries.put(kv.key, SpaceSavingCodec.decode(kv.value)));
        }
        if (summaries.isEmpty()) {
            return new Trend(type, window, null, null, List.of());
        }
        long start = paned ? spec.fullestWindowStart(summaries.lastKey()) : summaries.lastKey();
        SpaceSaving summary = paned ? StatsMapping.mergePanes(spec, summaries, start) : summaries.get(start);
        List<TrendEntry> items = new ArrayList<>(limit);
        for (SpaceSaving.Counter c : summary.top(limit)) {
            items.add(new TrendEntry(c.term(), c.count()));
        }
        return new Trend(type, window, Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + spec.size().toMillis()), items);
    }

    /** Every source's counts in the latest window with data, most articles first. */
    public List<SourceStats> sources(StatsWindow window) {
        Map<String, SourceCounts> latest = latest(this.<SourceCounts>all(storeName("sources", window)), window.spec());
        List<List<SourceStats>> one = List.of(latest.entrySet().stream()
            .map(e -> SourceStats.of(e.getKey(), e.getValue().getArticles(), e.getValue().getWords(), e.getValue().getDuplicates()))
            .toList());
        return StatsMerge.sources(one);
    }

    /** Every language's count in the latest window with data, most articles first. */
    public List<LanguageCount> languages(StatsWindow window) {
        Map<String, Long> latest = latest(this.<Long>all(storeName("languages", window)), window.spec());
        return StatsMerge.languages(List.of(latest.entrySet().stream().map(e -> new LanguageCount(e.getKey(), e.getValue())).toList()));
    }

    /** Unique articles and duplicates per minute over {@code lookback} up to the current minute, oldest first, empty minutes as 0. */
    public List<MinuteCount> articlesPerMinute(Duration lookback) {
        return minuteChart.articlesPerMinute(lookback);
    }

    /** Merges several instances' trends of one type and window: counts summed by term, re-ranked, cut to {@code limit}. */
    public static Trend mergeTrends(List<Trend> parts, int limit) {
        return StatsMerge.trends(parts, limit);
    }

    /** Merges several instances' source lists: counts summed by source, rate recomputed, most articles first. */
    public static List<SourceStats> mergeSources(List<List<SourceStats>> parts) {
        return StatsMerge.sources(parts);
    }

    /** Merges several instances' language lists: counts summed by language, highest first. */
    public static List<LanguageCount> mergeLanguages(List<List<LanguageCount>> parts) {
        return StatsMerge.languages(parts);
    }

    /** Merges several instances' per-minute counts: summed by minute, oldest first. */
    public static List<MinuteCount> mergeMinutes(List<List<MinuteCount>> parts) {
        return StatsMerge.minutes(parts);
    }

    private static String storeName(String kind, StatsWindow window) {
        return AggregateStage.storeName(kind, window.spec());
    }

    /** Trends of hopping windows are stored as their panes (stats-trends-5m for 1h). */
    private static String trendStore(StatsWindow window) {
        WindowSpec spec = window.spec();
        return AggregateStage.storeName("trends", spec.tumbling() ? spec : spec.panes());
    }

    private <V> Map<Long, Map<String, V>> all(String store) {
        Map<Long, Map<String, V>> windows = new TreeMap<>();
        ReadOnlyWindowStore<String, V> s = stores.windowStore(store);
        try (KeyValueIterator<Windowed<String>, V> it = s.fetchAll(EARLIEST, LATEST)) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, V> kv = it.next();
                windows.computeIfAbsent(kv.key.window().start(), k -> new HashMap<>()).put(kv.key.key(), kv.value);
            }
        }
        return windows;
    }

    private static <V> Map<String, V> latest(Map<Long, Map<String, V>> windows, WindowSpec spec) {
        Long start = chosenStart(windows, spec);
        return start == null ? Map.of() : windows.get(start);
    }

    /** The window to answer with: the fullest one holding the newest data, or the newest when that one is gone. */
    private static Long chosenStart(Map<Long, ?> windows, WindowSpec spec) {
        if (windows.isEmpty()) {
            return null;
        }
        long newest = windows.keySet().stream().mapToLong(Long::longValue).max().getAsLong();
        long fullest = spec.fullestWindowStart(newest);
        return windows.containsKey(fullest) ? fullest : newest;
    }

    private static WindowStores localStores(KafkaStreams streams) {
        return new WindowStores() {
            @Override
            public <V> ReadOnlyWindowStore<String, V> windowStore(String name) {
                return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>windowStore()));
            }
        };
    }
}
