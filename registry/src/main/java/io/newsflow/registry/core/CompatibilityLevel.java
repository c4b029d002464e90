package io.newsflow.registry.core;

import java.util.Locale;

/**
 * Confluent's seven compatibility levels. BACKWARD means the new schema can read data written
 * with the old one (consumers upgrade first); FORWARD the reverse; FULL both. The transitive
 * variants check against every live version of the subject, the others against the latest only.
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /** True when the new schema must read data written with older ones. */
    public boolean backward() {
        return backward;
    }

    /** True when older schemas must read data written with the new one. */
    public boolean forward() {
        return forward;
    }

    /** True when every live version is checked, not only the latest. */
    public boolean transitive() {
        return transitive;
    }

    /**
     * Parses a level case-insensitively, as Confluent does.
     *
     * @throws RegistryException 42203 when the value names no level
     */
    public static CompatibilityLevel parse(String value) {
        if (value == null) {
            throw RegistryException.invalidCompatibility("null");
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RegistryException.invalidCompatibility(value);
        }
    }
}
