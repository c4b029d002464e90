package io.newsflow.registry.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A store kept in this process only: for unit tests and for {@code mock://} clients. It keeps
 * the full log (no compaction) so a second registry built on it replays the same history.
 */
public final class InMemorySchemaStore implements SchemaStore {
    private final List<Map.Entry<String, String>> log = new ArrayList<>();

    @Override
    public synchronized void replay(BiConsumer<String, String> sink) {
        for (Map.Entry<String, String> entry : log) {
            sink.accept(entry.getKey(), entry.getValue());
        }
    }

    @Override
    public synchronized void put(String key, String value) {
        log.add(new java.util.AbstractMap.SimpleImmutableEntry<>(key, value));
    }

    /** The number of records written so far. */
    public synchronized int size() {
        return log.size();
    }

    @Override
    public void close() {
        // nothing to release
    }
}
