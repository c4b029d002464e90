package io.newsflow.registry.serde;

import org.apache.avro.Schema;

/** Confluent's default: {@code <topic>-key} or {@code <topic>-value}, one schema line per topic. */
public final class TopicNameStrategy implements SubjectNameStrategy {
    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return topic + (isKey ? "-key" : "-value");
    }
}
