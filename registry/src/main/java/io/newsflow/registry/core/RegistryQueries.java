package io.newsflow.registry.core;

import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The registry's read side: schemas by id, subjects, versions and lookups, with Confluent's
 * not-found codes (40401 subject, 40402 version, 40403 schema) and its {@code deleted} flag that
 * also shows soft-deleted entries.
 */
public final class RegistryQueries {
    private final RegistryState state;

    RegistryQueries(RegistryState state) {
        this.state = state;
    }

    /**
     * Finds which version of a subject holds a schema ({@code POST /subjects/{s}}).
     *
     * @throws RegistryException 40401 no such subject, 40403 schema not in it, 42201 invalid
     */
    public StoredVersion lookup(String subject, String schemaText, String schemaType, boolean deleted) {
        String canonical = AvroSchemas.canonical(AvroSchemas.parse(schemaText, schemaType));
        synchronized (state) {
            List<StoredVersion> versions = visible(subject, deleted);
            return versions.stream().filter(v -> v.schema().equals(canonical)).reduce((a, b) -> b)
                    .orElseThrow(() -> RegistryException.schemaNotFound("Schema not found"));
        }
    }

    /** The schema text of a global id ({@code GET /schemas/ids/{id}}); 40403 when unknown. */
    public String schemaById(int id) {
        synchronized (state) {
            return state.schema(id).orElseThrow(() -> RegistryException.schemaNotFound("Schema " + id + " not found"));
        }
    }

    /** The subject/version pairs using an id ({@code GET /schemas/ids/{id}/versions}). */
    public List<StoredVersion> versionsById(int id, boolean deleted) {
        synchronized (state) {
            schemaById(id);
            return state.versionsWithId(id).stream().filter(v -> deleted || !v.deleted()).toList();
        }
    }

    /** The subjects, live ones only unless {@code deleted} ({@code GET /subjects}). */
    public List<String> subjects(String prefix, boolean deleted) {
        synchronized (state) {
            return state.subjectNames().stream()
                    .filter(s -> prefix == null || s.startsWith(prefix))
                    .filter(s -> deleted || state.versions(s).values().stream().anyMatch(v -> !v.deleted()))
                    .toList();
        }
    }

    /** A subject's version numbers ({@code GET /subjects/{s}/versions}); 40401 when none. */
    public List<Integer> versions(String subject, boolean deleted) {
        synchronized (state) {
            return visible(subject, deleted).stream().map(StoredVersion::version).toList();
        }
    }

    /**
     * One version ({@code GET /subjects/{s}/versions/{v}}).
     *
     * @param versionSpec a positive number, {@code latest} or {@code -1}
     * @param deleted     also find soft-deleted versions
     * @throws RegistryException 40401, 40402, or 42202 for a malformed version
     */
    public StoredVersion find(String subject, String versionSpec, boolean deleted) {
        Optional<Integer> number = parseVersion(versionSpec);
        synchronized (state) {
            List<StoredVersion> versions = visible(subject, deleted);
            if (number.isEmpty()) {
                return versions.get(versions.size() - 1);
            }
            NavigableMap<Integer, StoredVersion> all = state.versions(subject);
            StoredVersion v = all.get(number.get());
            if (v == null || (v.deleted() && !deleted)) {
                throw RegistryException.versionNotFound(subject, number.get());
            }
            return v;
        }
    }

    /** True for Confluent's two spellings of "the latest version". */
    public static boolean isLatest(String versionSpec) {
        return "latest".equalsIgnoreCase(versionSpec) || "-1".equals(versionSpec);
    }

    /** The version number, or empty for latest; 42202 for anything else. */
    static Optional<Integer> parseVersion(String versionSpec) {
        if (versionSpec == null || isLatest(versionSpec.trim())) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(versionSpec.trim());
            if (n >= 1) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below, naming the input
        }
        throw RegistryException.invalidVersion(versionSpec);
    }

    private List<StoredVersion> visible(String subject, boolean deleted) {
        List<StoredVersion> versions = state.versions(subject).values().stream()
                .filter(v -> deleted || !v.deleted()).toList();
        if (versions.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        return versions;
    }
}
