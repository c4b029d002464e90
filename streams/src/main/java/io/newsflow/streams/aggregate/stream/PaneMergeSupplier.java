package io.newsflow.streams.aggregate.stream;

import java.time.Duration;
import java.util.Set;

import io.newsflow.streams.aggregate.WindowSpec;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Creates the {@link PaneMergeEmitter} of one-hour windows and its two small stores, named after
 * the windows: {@code <base>-dirty} (panes changed since the last update round) and
 * {@code <base>-emitted} (per kind, the newest window sent as final). Both are in-memory with a
 * changelog, uncached: a few keys, written only when a pane changes or a window closes, and
 * restored with the task, so the emitter's progress commits with its output.
 */
final class PaneMergeSupplier implements ProcessorSupplier<Windowed<String>, byte[], String, PaneMergeEmitter.Emitted> {
    private final WindowSpec spec;
    private final Duration grace;
    private final String paneStore;
    private final String dirtyStore;
    private final String emittedStore;

    /**
     * @param spec      the hopping windows to build
     * @param grace     how long after its end a window closes
     * @param paneStore the window store of the panes (connected by the caller)
     * @param base      the windows' base name, e.g. {@code stats-trends-1h}
     */
    PaneMergeSupplier(WindowSpec spec, Duration grace, String paneStore, String base) {
        this.spec = spec;
        this.grace = grace;
        this.paneStore = paneStore;
        this.dirtyStore = base + "-dirty";
        this.emittedStore = base + "-emitted";
    }

    @Override
    public Processor<Windowed<String>, byte[], String, PaneMergeEmitter.Emitted> get() {
        return new PaneMergeEmitter(spec, grace, paneStore, dirtyStore, emittedStore);
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
        return Set.of(small(dirtyStore), small(emittedStore));
    }

    private static StoreBuilder<?> small(String name) {
        return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), Serdes.Long()).withCachingDisabled();
    }
}
