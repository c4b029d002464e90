package io.newsflow.registry.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shared in-memory registries by scope, as Confluent's {@code MockSchemaRegistry}: every serde
 * configured with {@code schema.registry.url=mock://SCOPE} talks to the same registry, so a
 * serializer and a deserializer built separately (e.g. by Kafka Streams) agree on ids. Tests
 * should {@link #dropScope(String)} when done.
 */
public final class MockSchemaRegistry {
    /** The URL scheme that selects an in-memory registry. */
    public static final String MOCK_URL_PREFIX = "mock://";

    private static final Map<String, SchemaRegistryClient> SCOPES = new ConcurrentHashMap<>();

    private MockSchemaRegistry() {
    }

    /** The registry of a scope, created empty on first use. */
    public static SchemaRegistryClient getClientForScope(String scope) {
        return SCOPES.computeIfAbsent(scope, s -> new InMemorySchemaRegistryClient());
    }

    /** Forgets a scope: the next {@link #getClientForScope} starts from an empty registry. */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }
}
