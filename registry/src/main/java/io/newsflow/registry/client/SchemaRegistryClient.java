package io.newsflow.registry.client;

import java.io.Closeable;
import java.util.Collection;
import java.util.List;

import org.apache.avro.Schema;

/**
 * A Confluent Schema Registry client with Confluent's method names, so code written against
 * {@code io.confluent.kafka.schemaregistry.client.SchemaRegistryClient} reads the same. Two
 * implementations: {@link RestSchemaRegistryClient} over HTTP (Confluent, Karapace, Redpanda or
 * newsflow's own server) and the in-memory client of {@link MockSchemaRegistry} for tests.
 *
 * <p>Failures answered by the registry throw {@link RestClientException} with its status and
 * error code; a registry that cannot be reached at all throws {@link java.io.UncheckedIOException}.
 */
public interface SchemaRegistryClient extends Closeable {

    /**
     * Registers a schema under a subject (or finds it registered already).
     *
     * @param normalize ask the registry to normalize the schema first
     * @return the global schema id
     */
    int register(String subject, Schema schema, boolean normalize);

    /** {@link #register(String, Schema, boolean)} without normalization. */
    default int register(String subject, Schema schema) {
        return register(subject, schema, false);
    }

    /**
     * Looks up the id of a schema already registered under a subject, registering nothing
     * ({@code POST /subjects/{s}}).
     *
     * @throws RestClientException 40401 unknown subject, 40403 schema not registered in it
     */
    int getId(String subject, Schema schema, boolean normalize);

    /** {@link #getId(String, Schema, boolean)} without normalization. */
    default int getId(String subject, Schema schema) {
        return getId(subject, schema, false);
    }

    /** The version of the subject holding this schema (same lookup as {@link #getId}). */
    int getVersion(String subject, Schema schema, boolean normalize);

    /** The schema of a global id; cached forever since an id never changes. */
    Schema getSchemaById(int id);

    /** The subject's latest live version. */
    SchemaMetadata getLatestSchemaMetadata(String subject);

    /** One version of a subject. */
    SchemaMetadata getSchemaMetadata(String subject, int version);

    /** The live subjects. */
    Collection<String> getAllSubjects();

    /** The live versions of a subject. */
    List<Integer> getAllVersions(String subject);

    /**
     * Deletes a subject: soft first, then {@code permanent} to remove it for good.
     *
     * @return the versions deleted
     */
    List<Integer> deleteSubject(String subject, boolean permanent);

    /** Soft-deletes a subject. */
    default List<Integer> deleteSubject(String subject) {
        return deleteSubject(subject, false);
    }

    /**
     * Deletes one version ({@code "latest"} or a number): soft first, then permanent.
     *
     * @return the version deleted
     */
    int deleteSchemaVersion(String subject, String version, boolean permanent);

    /** True when the schema may be registered under the subject's compatibility level. */
    boolean testCompatibility(String subject, Schema schema);

    /**
     * Sets a compatibility level ({@code NONE}, {@code BACKWARD}, ... {@code FULL_TRANSITIVE}).
     *
     * @param subject the subject, or {@code null} for the global level
     * @return the level now in force
     */
    String updateCompatibility(String subject, String compatibility);

    /**
     * The compatibility level that applies to a subject (its own, else the global one).
     *
     * @param subject the subject, or {@code null} for the global level
     */
    String getCompatibility(String subject);

    /** Removes a subject's own level so the global one applies again; answers the removed level. */
    String deleteCompatibility(String subject);

    /** Releases the HTTP resources; the in-memory client has none. */
    @Override
    void close();
}
