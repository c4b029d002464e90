package io.newsflow.app.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.newsflow.app.embedded.EmbeddedKafka;
import io.newsflow.app.testing.TopicReader;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real broker and an exactly-once application with a repartition topic (whose transaction
 * markers take offsets): the backlog is seen while records wait, gone once they are processed
 * through the repartition, and seen again when more arrive while the application is down.
 */
class StreamsBacklogIT {
    private static final String APP = "backlog-it";

    @TempDir
    Path dir;

    @Test
    void shouldSeeBacklogUntilEveryRecordIsProcessedWhenInputWaitsBehindARepartition() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0)) {
            new TopicProvisioner(kafka.bootstrapServers(), 2, (short) 1).ensure(List.of("backlog.in", "backlog.out"));
            Topology topology = topology();
            try (StreamsBacklog backlog = new StreamsBacklog(kafka.bootstrapServers(), APP, topology.describe());
                 KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                send(producer, 5);
                assertThat(backlog.caughtUp()).as("five records, no application yet").isFalse();

                try (KafkaStreams streams = new KafkaStreams(topology, properties(kafka.bootstrapServers()))) {
                    streams.start();
                    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                    boolean caughtUp = false;
                    while (!caughtUp && System.nanoTime() < deadline) {
                        caughtUp = backlog.caughtUp();
                    }
                    assertThat(caughtUp).as("caught up within 90 s").isTrue();
                    // caught up means processed: all five went through the repartition topic to the output
                    assertThat(TopicReader.read(kafka.bootstrapServers(), "backlog.out", 5, Duration.ofSeconds(10))).hasSize(5);
                }

                send(producer, 1);
                assertThat(backlog.caughtUp()).as("one more record while the application is down").isFalse();
            }
        }
    }

    private static Topology topology() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("backlog.in", Consumed.with(Serdes.String(), Serdes.String()).withName("backlog-source"))
            .selectKey((key, value) -> value, Named.as("backlog-rekey"))
            .repartition(Repartitioned.<String, String>as("backlog-by-value").withKeySerde(Serdes.String()).withValueSerde(Serdes.String()))
            .to("backlog.out", Produced.with(Serdes.String(), Serdes.String()).withName("backlog-sink"));
        return builder.build();
    }

    private Properties properties(String bootstrapServers) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, APP);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        p.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state").toString());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        return p;
    }

    private static void send(KafkaProducer<String, String> producer, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            producer.send(new ProducerRecord<>("backlog.in", "k" + i, "v" + i)).get(30, TimeUnit.SECONDS);
        }
    }
}
