package io.newsflow.streams.dedup.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The dedup state stores: persistent window stores keyed by a string, each entry stamped with the
 * article's event time, with retention equal to the horizon. Kafka Streams drops whole segments once
 * stream time has moved a horizon past them, so state stays bounded without any clean-up code, and
 * the changelog topics make the stores recoverable (and transactional under exactly-once).
 */
public final class HorizonStores {

    /** Window size of an entry: entries are points in time, the window only has to be positive. */
    private static final Duration POINT = Duration.ofMillis(1);

    private HorizonStores() {
    }

    /**
     * @param name store name
     * @param horizon retention
     * @param retainDuplicates true for an index holding many entries per key (the block index); false
     *                         where a put replaces the entry for the same key and event time
     * @param valueSerde the values' serde
     */
    public static <V> StoreBuilder<WindowStore<String, V>> builder(String name, Duration horizon, boolean retainDuplicates,
                                                                   Serde<V> valueSerde) {
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(name, horizon, POINT, retainDuplicates),
                Serdes.String(), valueSerde);
    }

    /** Every value stored under {@code key} with an event time within {@code horizon} of {@code time}. */
    public static <V> List<V> around(WindowStore<String, V> store, String key, long time, Duration horizon) {
        long h = horizon.toMillis();
        List<V> out = new ArrayList<>();
        try (WindowStoreIterator<V> it = store.fetch(key, Math.max(0, time - h), time + h)) {
            it.forEachRemaining(kv -> out.add(kv.value));
        }
        return out;
    }

    /** The value stored under {@code key} at exactly {@code time}, or null. */
    public static <V> V at(WindowStore<String, V> store, String key, long time) {
        return store.fetch(key, time);
    }

    /** Count of entries in a store, for tests and diagnostics (scans the whole store). */
    public static <V> long count(WindowStore<String, V> store) {
        long n = 0;
        try (KeyValueIterator<Windowed<String>, V> it = store.all()) {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        return n;
    }
}
