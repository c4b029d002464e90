package io.newsflow.streams.topology;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A topic name coupled with the serdes of its keys and values, so a topic is never read or
 * written with the wrong ones. Every {@code Consumed}/{@code Produced} in the topology comes
 * from here.
 *
 * @param name       the Kafka topic name
 * @param keySerde   serde of the record keys
 * @param valueSerde serde of the record values
 * @param <K>        key type
 * @param <V>        value type
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    /** How the topology reads this topic; the source node is named after the topic. */
    public Consumed<K, V> consumed() {
        return Consumed.with(keySerde, valueSerde).withName("source-" + name);
    }

    /** How the topology writes this topic; the sink node is named after the topic. */
    public Produced<K, V> produced() {
        return Produced.with(keySerde, valueSerde).withName("sink-" + name);
    }
}
