package io.newsflow.registry.client;

/**
 * One registered version of a subject, as Confluent's {@code GET /subjects/{s}/versions/{v}}
 * answers it.
 *
 * @param id      the global schema id (what the wire format carries)
 * @param version the version within the subject, from 1
 * @param subject the subject
 * @param schema  the schema text (Avro JSON)
 */
public record SchemaMetadata(int id, int version, String subject, String schema) {
}
