package io.newsflow.app.bench;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import io.newsflow.app.dev.OutputCounter;
import io.newsflow.app.dev.StreamsRunner;
import io.newsflow.producer.ingest.ProducerSettings;
import io.newsflow.streams.config.StreamsSettings;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Phase (a), the yardstick: a Kafka Streams application that copies the same Avro article bytes
 * from one topic to another as {@code byte[]}, exactly-once, with the product's streams and
 * producer settings. Whatever the full pipeline does beyond this is newsflow's own cost.
 */
final class PassthroughBaseline {
    static final String INPUT = "bench.passthrough.in";
    static final String OUTPUT = "bench.passthrough.out";
    static final String APPLICATION_ID = "newsflow-bench-passthrough";

    private PassthroughBaseline() {
    }

    /** Source to sink, nothing in between. */
    static Topology topology() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(INPUT, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("bench-passthrough-source"))
            .to(OUTPUT, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("bench-passthrough-sink"));
        return builder.build();
    }

    /**
     * Runs the passthrough: first over {@code warmup} (not measured: the JIT compiles the broker's
     * and the clients' code on the first thousands of records), then over {@code records}, measured
     * from the first send to the last committed output.
     */
    @SuppressWarnings("try") // the runner is only opened and closed around the measurement
    static BenchResult.Phase run(BenchEnvironment env, StreamsSettings streams, ProducerSettings producer,
                                 List<EncodedArticle> warmup, List<EncodedArticle> records, Duration timeout) {
        env.createTopics(List.of(INPUT, OUTPUT));
        try (StreamsRunner runner = new StreamsRunner(topology(), streams.withApplicationId(APPLICATION_ID).toProperties())
                .start(Duration.ofSeconds(120));
             KafkaProducer<String, byte[]> sender = new KafkaProducer<>(producer.kafkaConfig("newsflow-bench-passthrough"),
                 new StringSerializer(), new ByteArraySerializer())) {
            if (!warmup.isEmpty()) {
                pass(env, sender, warmup, timeout);
            }
            return pass(env, sender, records, timeout);
        }
    }

    private static BenchResult.Phase pass(BenchEnvironment env, KafkaProducer<String, byte[]> sender, List<EncodedArticle> records,
                                          Duration timeout) {
        long bytes = records.stream().mapToLong(r -> r.value().length).sum();
        ResourceMeter meter = new ResourceMeter();
        try (OutputCounter counter = new OutputCounter(env.bootstrapServers(), List.of(OUTPUT))) {
            AtomicReference<Exception> failure = new AtomicReference<>();
            BrokerFootprint.Snapshot before = BrokerFootprint.take(env.bootstrapServers());
            meter.start();
            long start = System.nanoTime();
            for (EncodedArticle record : records) {
                sender.send(new ProducerRecord<>(INPUT, record.key(), record.value()), (metadata, error) -> {
                    if (error != null) {
                        failure.compareAndSet(null, error);
                    }
                });
            }
            sender.flush();
            if (failure.get() != null) {
                throw new IllegalStateException("baseline: cannot send to " + INPUT + ": " + failure.get().getMessage(), failure.get());
            }
            long end = Outcomes.await(counter, Set.of(OUTPUT), records.size(), timeout, "baseline");
            ResourceMeter.Usage usage = meter.stop();
            return Outcomes.phase(records.size(), bytes, start, end, usage, BrokerFootprint.take(env.bootstrapServers()).minus(before));
        }
    }
}
