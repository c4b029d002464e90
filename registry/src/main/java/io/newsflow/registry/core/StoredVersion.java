package io.newsflow.registry.core;

/**
 * One version of one subject as stored and served.
 *
 * @param subject the subject name
 * @param version the version within the subject, from 1
 * @param id      the global schema id (the same schema has the same id in every subject)
 * @param schema  the schema in Avro's canonical JSON ({@code Schema.toString()})
 * @param deleted true once soft-deleted
 */
public record StoredVersion(String subject, int version, int id, String schema, boolean deleted) {

    /** The same version, soft-deleted. */
    public StoredVersion softDeleted() {
        return new StoredVersion(subject, version, id, schema, true);
    }
}
