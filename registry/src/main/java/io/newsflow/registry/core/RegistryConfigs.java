package io.newsflow.registry.core;

/**
 * Compatibility levels: one global (BACKWARD unless set) and optional per-subject overrides, as
 * Confluent's {@code /config} resources. Changes go through the store like every other change.
 */
public final class RegistryConfigs {
    private final RegistryState state;
    private final StateWriter writer;

    RegistryConfigs(RegistryState state, StateWriter writer) {
        this.state = state;
        this.writer = writer;
    }

    /** The global compatibility level ({@code GET /config}). */
    public CompatibilityLevel global() {
        synchronized (state) {
            return state.globalLevel();
        }
    }

    /** Sets the global level ({@code PUT /config}); 42203 when unknown. */
    public CompatibilityLevel setGlobal(String level) {
        CompatibilityLevel parsed = CompatibilityLevel.parse(level);
        synchronized (state) {
            writer.reloadIfStale();
            writer.write(StoreRecords.configKey(null), StoreRecords.configValue(parsed));
            return parsed;
        }
    }

    /** Resets the global level to BACKWARD ({@code DELETE /config}), answering the level it had. */
    public CompatibilityLevel deleteGlobal() {
        synchronized (state) {
            writer.reloadIfStale();
            CompatibilityLevel previous = state.globalLevel();
            writer.write(StoreRecords.configKey(null), null);
            return previous;
        }
    }

    /**
     * The subject's own level ({@code GET /config/{s}}).
     *
     * @param defaultToGlobal answer the global level when the subject has none (else 40408)
     */
    public CompatibilityLevel subject(String subject, boolean defaultToGlobal) {
        synchronized (state) {
            return state.subjectLevel(subject).orElseGet(() -> {
                if (defaultToGlobal) {
                    return state.globalLevel();
                }
                throw RegistryException.subjectConfigNotFound(subject);
            });
        }
    }

    /** Sets a subject's level ({@code PUT /config/{s}}); 42203 when unknown. */
    public CompatibilityLevel setSubject(String subject, String level) {
        CompatibilityLevel parsed = CompatibilityLevel.parse(level);
        synchronized (state) {
            writer.reloadIfStale();
            writer.write(StoreRecords.configKey(subject), StoreRecords.configValue(parsed));
            return parsed;
        }
    }

    /** Removes a subject's level ({@code DELETE /config/{s}}), answering the level it had. */
    public CompatibilityLevel deleteSubject(String subject) {
        synchronized (state) {
            writer.reloadIfStale();
            CompatibilityLevel previous = state.subjectLevel(subject).orElseThrow(
                    () -> RegistryException.subjectConfigNotFound(subject));
            writer.write(StoreRecords.configKey(subject), null);
            return previous;
        }
    }

    /** The level that applies to a subject: its own, else the global one. */
    CompatibilityLevel effective(String subject) {
        synchronized (state) {
            return state.subjectLevel(subject).orElse(state.globalLevel());
        }
    }
}
