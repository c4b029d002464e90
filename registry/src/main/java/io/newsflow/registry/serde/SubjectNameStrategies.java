package io.newsflow.registry.serde;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;

/**
 * Resolves a {@code *.subject.name.strategy} value: a strategy instance or class, our class
 * names, short names, or Confluent's class names (mapped to ours, so Confluent configs work).
 */
final class SubjectNameStrategies {
    private static final Map<String, Class<? extends SubjectNameStrategy>> KNOWN = Map.of(
            "io.confluent.kafka.serializers.subject.TopicNameStrategy", TopicNameStrategy.class,
            "io.confluent.kafka.serializers.subject.RecordNameStrategy", RecordNameStrategy.class,
            "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy", TopicRecordNameStrategy.class,
            "TopicNameStrategy", TopicNameStrategy.class,
            "RecordNameStrategy", RecordNameStrategy.class,
            "TopicRecordNameStrategy", TopicRecordNameStrategy.class);

    private SubjectNameStrategies() {
    }

    static SubjectNameStrategy resolve(String key, Object value) {
        if (value == null) {
            return new TopicNameStrategy();
        }
        if (value instanceof SubjectNameStrategy strategy) {
            return strategy;
        }
        Class<?> type = value instanceof Class<?> c ? c : KNOWN.get(value.toString().trim());
        if (type == null) {
            try {
                type = Class.forName(value.toString().trim(), true, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                throw new ConfigException(key, value, "names no class; use TopicNameStrategy, RecordNameStrategy, "
                        + "TopicRecordNameStrategy or a class implementing " + SubjectNameStrategy.class.getName());
            }
        }
        if (!SubjectNameStrategy.class.isAssignableFrom(type)) {
            throw new ConfigException(key, value, "does not implement " + SubjectNameStrategy.class.getName());
        }
        try {
            return (SubjectNameStrategy) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new ConfigException(key, value, "cannot be instantiated: " + cause);
        }
    }
}
