package io.newsflow.registry.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The registry's state as a fold of the store's records: subjects with their versions, the
 * schema of each id, and the compatibility configs. Applying the same log always gives the same
 * state, which is why ids survive restarts. Not thread-safe: {@link RegistryService} serialises.
 */
final class RegistryState {
    private final Map<String, NavigableMap<Integer, StoredVersion>> subjects = new TreeMap<>();
    private final Map<Integer, String> schemaById = new HashMap<>();
    private final Map<String, Integer> idBySchema = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
    private int maxId;

    /** Forgets everything, before a full replay. */
    void clear() {
        subjects.clear();
        schemaById.clear();
        idBySchema.clear();
        subjectLevels.clear();
        globalLevel = CompatibilityLevel.BACKWARD;
        maxId = 0;
    }

    void apply(String key, String value) {
        JsonNode k = StoreRecords.read(key);
        switch (k.path("keytype").asText()) {
            case StoreRecords.SCHEMA -> applySchema(k.path("subject").asText(), k.path("version").asInt(), value);
            case StoreRecords.CONFIG -> applyConfig(k.path("subject").isNull() ? null : k.path("subject").asText(), value);
            case StoreRecords.ID_WATERMARK -> {
                if (value != null) {
                    maxId = Math.max(maxId, StoreRecords.read(value).path("id").asInt());
                }
            }
            default -> {
                // Confluent writes NOOP, MODE and other keys; they carry nothing this registry uses
            }
        }
    }

    private void applySchema(String subject, int version, String value) {
        if (value == null) {
            NavigableMap<Integer, StoredVersion> versions = subjects.get(subject);
            if (versions != null) {
                StoredVersion removed = versions.remove(version);
                if (versions.isEmpty()) {
                    subjects.remove(subject);
                }
                if (removed != null && !isReferenced(removed.id())) {
                    schemaById.remove(removed.id());
                    idBySchema.remove(removed.schema());
                }
            }
            return;
        }
        StoredVersion v = StoreRecords.version(StoreRecords.read(value));
        subjects.computeIfAbsent(subject, s -> new TreeMap<>()).put(version, v);
        schemaById.put(v.id(), v.schema());
        idBySchema.put(v.schema(), v.id());
        maxId = Math.max(maxId, v.id());
    }

    private void applyConfig(String subject, String value) {
        if (subject == null) {
            globalLevel = value == null ? CompatibilityLevel.BACKWARD
                    : CompatibilityLevel.parse(StoreRecords.read(value).path("compatibilityLevel").asText());
        } else if (value == null) {
            subjectLevels.remove(subject);
        } else {
            subjectLevels.put(subject, CompatibilityLevel.parse(StoreRecords.read(value).path("compatibilityLevel").asText()));
        }
    }

    private boolean isReferenced(int id) {
        return subjects.values().stream().flatMap(m -> m.values().stream()).anyMatch(v -> v.id() == id);
    }

    /** Every version of the subject, soft-deleted ones included, by version number. */
    NavigableMap<Integer, StoredVersion> versions(String subject) {
        return subjects.getOrDefault(subject, new TreeMap<>());
    }

    List<String> subjectNames() {
        return List.copyOf(subjects.keySet());
    }

    Optional<String> schema(int id) {
        return Optional.ofNullable(schemaById.get(id));
    }

    Optional<Integer> id(String canonicalSchema) {
        return Optional.ofNullable(idBySchema.get(canonicalSchema));
    }

    List<StoredVersion> versionsWithId(int id) {
        return subjects.values().stream().flatMap(m -> m.values().stream()).filter(v -> v.id() == id).toList();
    }

    int maxId() {
        return maxId;
    }

    CompatibilityLevel globalLevel() {
        return globalLevel;
    }

    Optional<CompatibilityLevel> subjectLevel(String subject) {
        return Optional.ofNullable(subjectLevels.get(subject));
    }
}
