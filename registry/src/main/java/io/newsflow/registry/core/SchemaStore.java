package io.newsflow.registry.core;

import java.util.function.BiConsumer;

/**
 * Where the registry keeps its state: an append-only log of key/value records compacted by key
 * (a {@code null} value deletes the key), exactly the shape of Confluent's {@code _schemas}
 * topic. The registry rebuilds itself by replaying the log, so the store needs no query logic.
 */
public interface SchemaStore extends AutoCloseable {

    /**
     * Replays every record in write order (a compacted store may have dropped superseded ones).
     *
     * @param sink receives each key and value ({@code null} for a deletion)
     */
    void replay(BiConsumer<String, String> sink);

    /**
     * Appends a record and returns only once it is durable.
     *
     * @param key   the record key (JSON)
     * @param value the record value (JSON), or {@code null} to delete the key
     */
    void put(String key, String value);

    /** Releases the store's resources. */
    @Override
    void close();
}
