package io.newsflow.registry.serde;

import org.apache.avro.Schema;

/**
 * Chooses the registry subject a record's schema is registered under, as Confluent's
 * {@code io.confluent.kafka.serializers.subject.strategy.SubjectNameStrategy} does. Implementations
 * need a public no-arg constructor to be named in {@code key/value.subject.name.strategy}.
 */
@FunctionalInterface
public interface SubjectNameStrategy {

    /**
     * @param topic  the topic the record goes to
     * @param isKey  true for the record key
     * @param schema the record's schema
     * @return the subject name
     */
    String subjectName(String topic, boolean isKey, Schema schema);
}
