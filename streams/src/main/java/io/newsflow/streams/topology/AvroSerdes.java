package io.newsflow.streams.topology;

import java.util.Map;

import io.newsflow.registry.serde.SpecificAvroSerde;
import io.newsflow.streams.aggregate.stream.StatsSerdes;
import io.newsflow.streams.dedup.stream.DedupSerdes;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * Builds newsflow's value serdes: registry-backed Avro in Confluent's wire format. Internal
 * repartition and changelog topics use them too, so their subjects are registered like any other.
 */
public final class AvroSerdes {

    private AvroSerdes() {
    }

    /**
     * @param serdeConfig Confluent's serde settings ({@code schema.registry.url}, auth, strategies)
     * @return the value serdes of every newsflow event
     */
    public static NewsflowSerdes create(Map<String, ?> serdeConfig) {
        return new NewsflowSerdes(specific(serdeConfig), specific(serdeConfig),
            new DedupSerdes(specific(serdeConfig), specific(serdeConfig), specific(serdeConfig), specific(serdeConfig)),
            new StatsSerdes(specific(serdeConfig), specific(serdeConfig), specific(serdeConfig), specific(serdeConfig),
                specific(serdeConfig)));
    }

    /** A value serde for one SpecificRecord class. */
    public static <T extends SpecificRecord> Serde<T> specific(Map<String, ?> serdeConfig) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>();
        serde.configure(serdeConfig, false);
        return serde;
    }
}
