package io.newsflow.app.metrics;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Gives Kafka Streams' state-store metrics one set of label names. Kafka tags each store by a
 * key that names its type ({@code rocksdb-state-id}, {@code rocksdb-window-state-id},
 * {@code in-memory-state-id}...), so the same metric name arrives with different label sets,
 * which Prometheus forbids: the registry would drop every store type but the first. This
 * filter turns {@code <type>.state.id=<store>} into {@code store=<store>, store.type=<type>}.
 */
final class StateStoreTagFilter implements MeterFilter {
    private static final String STATE_METRICS = "kafka.stream.state";
    private static final String STATE_ID_SUFFIX = ".state.id";

    @Override
    public Meter.Id map(Meter.Id id) {
        if (!id.getName().startsWith(STATE_METRICS)) {
            return id;
        }
        List<Tag> tags = new ArrayList<>();
        boolean changed = false;
        for (Tag tag : id.getTagsAsIterable()) {
            if (tag.getKey().endsWith(STATE_ID_SUFFIX)) {
                tags.add(Tag.of("store", tag.getValue()));
                tags.add(Tag.of("store.type", tag.getKey().substring(0, tag.getKey().length() - STATE_ID_SUFFIX.length())));
                changed = true;
            } else {
                tags.add(tag);
            }
        }
        return changed ? id.replaceTags(tags) : id;
    }
}
