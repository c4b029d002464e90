package io.newsflow.streams.enrich;

/** The kinds of named entity enrichment extracts (same symbols as the Avro {@code EntityType}). */
public enum EntityType {
    PERSON, LOCATION, ORGANIZATION
}
