package io.newsflow.streams.aggregate.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

import io.newsflow.avro.TrendStats;
import io.newsflow.avro.TrendType;
import io.newsflow.streams.aggregate.SpaceSaving;
import io.newsflow.streams.aggregate.SpaceSavingCodec;
import io.newsflow.streams.aggregate.StatsKeys;
import io.newsflow.streams.aggregate.WindowSpec;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Builds the one-hour trend windows from their twelve 5-minute panes and emits them
 * (docs/aggregations.md, "Panes"): every few seconds of wall-clock time the windows whose panes
 * changed (the continuous-update topics), and each window once when stream time passes its end
 * plus grace (the final topics).
 *
 * <p>All state is in changelogged stores, so a commit never skips any of it (exactly-once): the
 * panes changed since the last update round ({@code dirty}: kind@paneStart), and per kind the
 * newest window whose final record was sent ({@code emitted}). A pane change arrives only for a
 * record the late check let through, i.e. one whose windows are all still open, so a window
 * whose final was sent never changes again.
 */
final class PaneMergeEmitter implements Processor<Windowed<String>, byte[], String, PaneMergeEmitter.Emitted> {
    /** The most often a changed one-hour window is published on the update topics. */
    static final Duration UPDATE_INTERVAL = Duration.ofSeconds(2);
    /** How often (stream time) closed windows are looked for; windows close every five minutes. */
    private static final Duration CLOSE_CHECK = Duration.ofSeconds(1);

    /** One merged window, final or an update. */
    record Emitted(boolean last, TrendStats stats) {
    }

    private final WindowSpec spec;
    private final Duration grace;
    private final String paneStoreName;
    private final String dirtyStoreName;
    private final String emittedStoreName;
    private ProcessorContext<String, Emitted> context;
    private WindowStore<String, ValueAndTimestamp<byte[]>> panes;
    private KeyValueStore<String, Long> dirty;
    private KeyValueStore<String, Long> emitted;

    PaneMergeEmitter(WindowSpec spec, Duration grace, String paneStore, String dirtyStore, String emittedStore) {
        this.spec = spec;
        this.grace = grace;
        this.paneStoreName = paneStore;
        this.dirtyStoreName = dirtyStore;
        this.emittedStoreName = emittedStore;
    }

    @Override
    public void init(ProcessorContext<String, Emitted> context) {
        this.context = context;
        this.panes = context.getStateStore(paneStoreName);
        this.dirty = context.getStateStore(dirtyStoreName);
        this.emitted = context.getStateStore(emittedStoreName);
        context.schedule(UPDATE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> emitUpdates());
        context.schedule(CLOSE_CHECK, PunctuationType.STREAM_TIME, time -> emitFinals());
    }

    @Override
    public void process(Record<Windowed<String>, byte[]> change) {
        long paneStart = change.key().window().start();
        dirty.put(change.key().key() + "@" + paneStart, paneStart);
    }

    /** The windows of every changed pane, merged and sent as updates; windows already final are left out. */
    private void emitUpdates() {
        Map<String, NavigableSet<Long>> windowsByKind = new TreeMap<>();
        List<String> done = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = dirty.all()) {
            while (it.hasNext()) {
                KeyValue<String, Long> kv = it.next();
                done.add(kv.key);
                NavigableSet<Long> windows = windowsByKind.computeIfAbsent(kv.key.substring(0, kv.key.lastIndexOf('@')), k -> new TreeSet<>());
                for (long start = spec.oldestWindowStart(kv.value); start <= kv.value; start += spec.advance().toMillis()) {
                    windows.add(start);
                }
            }
        }
        windowsByKind.forEach((kind, windows) -> {
            Long last = emitted.get(kind);
            emit(kind, last == null ? windows : windows.tailSet(last, false), false);
        });
        done.forEach(dirty::delete);
    }

    /** Each window that closed since the last call, once, for every kind. */
    private void emitFinals() {
        long closeTime = context.currentStreamTimeMs() - grace.toMillis();
        long advance = spec.advance().toMillis();
        long newestClosed = Math.floorDiv(closeTime - spec.size().toMillis(), advance) * advance;
        for (TrendType type : TrendType.values()) {
            String kind = type.name();
            Long last = emitted.get(kind);
            if (last != null && newestClosed <= last) {
                continue;
            }
            NavigableSet<Long> windows = new TreeSet<>();
            long firstPane = last == null ? 0 : last + advance;
            for (long pane : fetch(kind, firstPane, spec.lastPaneStart(newestClosed)).keySet()) {
                for (long start = Math.max(firstPane, spec.oldestWindowStart(pane)); start <= Math.min(pane, newestClosed); start += advance) {
                    windows.add(start);
                }
            }
            emit(kind, windows, true);
            emitted.put(kind, newestClosed);
        }
    }

    private void emit(String kind, NavigableSet<Long> windowStarts, boolean last) {
        if (windowStarts.isEmpty()) {
            return;
        }
        NavigableMap<Long, SpaceSaving> byPane = fetch(kind, windowStarts.first(), spec.lastPaneStart(windowStarts.last()));
        long timestamp = context.currentStreamTimeMs();
        for (long start : windowStarts) {
            SpaceSaving window = StatsMapping.mergePanes(spec, byPane, start);
            if (window != null) {
                context.forward(new Record<>(StatsKeys.recordKey(spec.id(), kind, start),
                    new Emitted(last, StatsMapping.trendStats(spec, kind, start, window)), Math.max(0, timestamp)));
            }
        }
    }

    private NavigableMap<Long, SpaceSaving> fetch(String kind, long fromPane, long toPane) {
        NavigableMap<Long, SpaceSaving> out = new TreeMap<>();
        if (toPane < fromPane) {
            return out;
        }
        try (WindowStoreIterator<ValueAndTimestamp<byte[]>> it = panes.fetch(kind, Math.max(0, fromPane), toPane)) {
            it.forEachRemaining(kv -> out.put(kv.key, SpaceSavingCodec.decode(kv.value.value())));
        }
        return out;
    }
}
