package io.newsflow.registry.core;

/**
 * Makes each change durable in the store, then applies it to the in-memory state, so the state
 * is always a replay of the store. Callers hold the state's lock.
 */
final class StateWriter {
    private final SchemaStore store;
    private final RegistryState state;
    /** Set when a write failed: the record may still have landed, so state is rebuilt before the next write. */
    private boolean stale;

    StateWriter(SchemaStore store, RegistryState state) {
        this.store = store;
        this.state = state;
    }

    /** Rebuilds the state from the store after a failed write; call before deciding a change. */
    void reloadIfStale() {
        if (stale) {
            state.clear();
            store.replay(state::apply);
            stale = false;
        }
    }

    void write(String key, String value) {
        try {
            store.put(key, value);
        } catch (RuntimeException e) {
            stale = true;
            throw RegistryException.storeError("Error while storing the schema: " + e.getMessage(), e);
        }
        state.apply(key, value);
    }
}
