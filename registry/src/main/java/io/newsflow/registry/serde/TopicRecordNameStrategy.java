package io.newsflow.registry.serde;

import org.apache.avro.Schema;

/** {@code <topic>-<namespace.Name>}: several record types in one topic, each evolving on its own. */
public final class TopicRecordNameStrategy implements SubjectNameStrategy {
    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return topic + "-" + schema.getFullName();
    }
}
