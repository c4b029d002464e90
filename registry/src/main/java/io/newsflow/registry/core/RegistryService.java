package io.newsflow.registry.core;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

import org.apache.avro.Schema;

/**
 * The registry's rules, free of HTTP and Kafka: registration with global ids, lookups, soft and
 * permanent deletes and compatibility checks, each failing with Confluent's error code.
 * Every change is first made durable in the {@link SchemaStore} and only then applied, so a
 * restart that replays the store ends in the same state. One writer: methods are synchronized.
 */
public final class RegistryService {
    private final RegistryState state = new RegistryState();
    private final StateWriter writer;
    private final RegistryQueries queries;
    private final RegistryConfigs configs;

    private RegistryService(SchemaStore store) {
        this.writer = new StateWriter(store, state);
        this.queries = new RegistryQueries(state);
        this.configs = new RegistryConfigs(state, writer);
    }

    /** Builds the service by replaying everything the store holds. */
    public static RegistryService open(SchemaStore store) {
        RegistryService service = new RegistryService(store);
        store.replay(service.state::apply);
        return service;
    }

    /** Read-only queries (by id, subject, version); share this service's lock. */
    public RegistryQueries queries() {
        return queries;
    }

    /** The compatibility levels (global and per subject); share this service's lock. */
    public RegistryConfigs configs() {
        return configs;
    }

    /**
     * Registers a schema under a subject (Confluent's {@code POST /subjects/{s}/versions}).
     *
     * @return the global id: the existing one when the subject already has this schema
     * @throws RegistryException 42201 invalid schema, 40901 incompatible
     */
    public int register(String subject, String schemaText, String schemaType) {
        Schema schema = AvroSchemas.parse(schemaText, schemaType);
        String canonical = AvroSchemas.canonical(schema);
        synchronized (state) {
            writer.reloadIfStale();
            NavigableMap<Integer, StoredVersion> versions = state.versions(subject);
            List<StoredVersion> live = versions.values().stream().filter(v -> !v.deleted()).toList();
            for (StoredVersion v : live) {
                if (v.schema().equals(canonical)) {
                    return v.id();
                }
            }
            List<String> messages = CompatibilityChecker.check(level(subject), schema,
                    live.stream().map(v -> AvroSchemas.parse(v.schema(), null)).toList());
            if (!messages.isEmpty()) {
                throw RegistryException.incompatible("Schema being registered is incompatible with an earlier schema "
                        + "for subject \"" + subject + "\", details: " + messages);
            }
            int id = state.id(canonical).orElse(state.maxId() + 1);
            int version = versions.isEmpty() ? 1 : versions.lastKey() + 1;
            writer.write(StoreRecords.schemaKey(subject, version),
                    StoreRecords.schemaValue(new StoredVersion(subject, version, id, canonical, false)));
            return id;
        }
    }

    /**
     * Soft-deletes every live version of a subject, or permanently removes an already
     * soft-deleted subject ({@code DELETE /subjects/{s}}).
     *
     * @return the versions deleted
     */
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        synchronized (state) {
            writer.reloadIfStale();
            NavigableMap<Integer, StoredVersion> versions = state.versions(subject);
            if (versions.isEmpty()) {
                throw RegistryException.subjectNotFound(subject);
            }
            boolean anyLive = versions.values().stream().anyMatch(v -> !v.deleted());
            List<Integer> deleted = new ArrayList<>(versions.keySet());
            if (!permanent) {
                if (!anyLive) {
                    throw RegistryException.subjectSoftDeleted(subject);
                }
                List<Integer> softDeleted = new ArrayList<>();
                for (StoredVersion v : List.copyOf(versions.values())) {
                    if (!v.deleted()) {
                        writer.write(StoreRecords.schemaKey(subject, v.version()), StoreRecords.schemaValue(v.softDeleted()));
                        softDeleted.add(v.version());
                    }
                }
                return softDeleted;
            }
            if (anyLive) {
                throw RegistryException.subjectNotSoftDeleted(subject);
            }
            writer.write(StoreRecords.watermarkKey(), StoreRecords.watermarkValue(state.maxId()));
            for (int version : deleted) {
                writer.write(StoreRecords.schemaKey(subject, version), null);
            }
            if (state.subjectLevel(subject).isPresent()) {
                writer.write(StoreRecords.configKey(subject), null);
            }
            return deleted;
        }
    }

    /**
     * Soft-deletes one live version, or permanently removes a soft-deleted one
     * ({@code DELETE /subjects/{s}/versions/{v}}).
     *
     * @return the version deleted
     */
    public int deleteVersion(String subject, String versionSpec, boolean permanent) {
        synchronized (state) {
            writer.reloadIfStale();
            StoredVersion v = queries.find(subject, versionSpec, permanent || !RegistryQueries.isLatest(versionSpec));
            if (!permanent) {
                if (v.deleted()) {
                    throw RegistryException.versionSoftDeleted(subject, v.version());
                }
                writer.write(StoreRecords.schemaKey(subject, v.version()), StoreRecords.schemaValue(v.softDeleted()));
                return v.version();
            }
            if (!v.deleted()) {
                throw RegistryException.versionNotSoftDeleted(subject, v.version());
            }
            writer.write(StoreRecords.watermarkKey(), StoreRecords.watermarkValue(state.maxId()));
            writer.write(StoreRecords.schemaKey(subject, v.version()), null);
            return v.version();
        }
    }

    /**
     * Tests a schema against a subject ({@code POST /compatibility/subjects/{s}/versions/{v}}).
     *
     * @param versionSpec a version, {@code latest}/-1 (the subject's level decides which versions),
     *                    or {@code null} for all versions the level covers
     * @return the incompatibilities; empty when compatible
     */
    public List<String> testCompatibility(String subject, String versionSpec, String schemaText, String schemaType) {
        Schema schema = AvroSchemas.parse(schemaText, schemaType);
        synchronized (state) {
            List<Schema> against;
            if (versionSpec == null || RegistryQueries.isLatest(versionSpec)) {
                against = state.versions(subject).values().stream().filter(v -> !v.deleted())
                        .map(v -> AvroSchemas.parse(v.schema(), null)).toList();
                return CompatibilityChecker.check(level(subject), schema, against);
            }
            StoredVersion v = queries.find(subject, versionSpec, false);
            CompatibilityLevel level = level(subject);
            return CompatibilityChecker.check(level, schema, List.of(AvroSchemas.parse(v.schema(), null)));
        }
    }

    private CompatibilityLevel level(String subject) {
        return configs.effective(subject);
    }
}
