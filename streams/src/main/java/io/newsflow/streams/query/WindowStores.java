package io.newsflow.streams.query;

import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/**
 * Where {@link StatsQueries} finds a window store by name: a running {@code KafkaStreams}'s local
 * stores, or in tests a {@code TopologyTestDriver} ({@code driver::getWindowStore}).
 */
@FunctionalInterface
public interface WindowStores {
    /** The read-only view of the window store {@code name}. */
    <V> ReadOnlyWindowStore<String, V> windowStore(String name);
}
