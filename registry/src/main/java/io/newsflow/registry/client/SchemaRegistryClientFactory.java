package io.newsflow.registry.client;

import java.util.Map;

import org.apache.kafka.common.config.ConfigException;

/**
 * Builds the client a serde's configs ask for: the in-memory registry of a scope for
 * {@code schema.registry.url=mock://SCOPE} (as Confluent's serdes do, for tests), otherwise a
 * {@link RestSchemaRegistryClient}.
 */
public final class SchemaRegistryClientFactory {
    private SchemaRegistryClientFactory() {
    }

    /**
     * @param configs Confluent's client keys; {@code schema.registry.url} is required
     * @throws ConfigException naming the key when a value is missing or malformed
     */
    public static SchemaRegistryClient create(Map<String, ?> configs) {
        String url = RestClientConfig.get(configs, RestClientConfig.URL)
                .orElseThrow(() -> new ConfigException(RestClientConfig.URL, null, "is required"));
        if (url.contains(MockSchemaRegistry.MOCK_URL_PREFIX)) {
            if (url.contains(",") || !url.startsWith(MockSchemaRegistry.MOCK_URL_PREFIX)) {
                throw new ConfigException(RestClientConfig.URL, url, "may hold only one mock:// URL");
            }
            return MockSchemaRegistry.getClientForScope(url.substring(MockSchemaRegistry.MOCK_URL_PREFIX.length()));
        }
        return new RestSchemaRegistryClient(configs);
    }
}
