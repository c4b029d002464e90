package io.newsflow.registry.serde;

import org.apache.avro.Schema;

/** The record's full name ({@code namespace.Name}): one schema line per type, shared by all topics. */
public final class RecordNameStrategy implements SubjectNameStrategy {
    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return schema.getFullName();
    }
}
