package io.newsflow.streams.errors;

import java.io.UncheckedIOException;
import java.util.Set;

import io.newsflow.registry.client.RestClientException;

/**
 * Tells a registry outage from a bad record. A serde that cannot reach the Schema Registry (the
 * client throws {@link UncheckedIOException} once its retries are spent) or gets a transient
 * answer (408, 429, 5xx) fails for a reason that has nothing to do with the record: such a
 * record must be retried later, never dead-lettered. Anything else (bad magic byte, unknown
 * schema id, truncated Avro) is the record's fault.
 */
public final class RegistryOutage {
    private static final Set<Integer> TRANSIENT_STATUS = Set.of(408, 429, 500, 502, 503, 504);

    private RegistryOutage() {
    }

    /** True when {@code error} or one of its causes says the registry could not be used. */
    public static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UncheckedIOException
                || t instanceof RestClientException rest && TRANSIENT_STATUS.contains(rest.status())) {
                return true;
            }
        }
        return false;
    }
}
