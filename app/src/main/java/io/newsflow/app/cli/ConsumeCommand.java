package io.newsflow.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newsflow.registry.serde.AvroSerdeConfig;
import io.newsflow.registry.serde.KafkaAvroDeserializer;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Prints a topic's records as JSON, one object per line, decoding Avro through the Schema
 * Registry (like Confluent's avro console consumer). Reads with {@code read_committed}: only
 * records of committed transactions, as every consumer of newsflow's output should.
 */
@Command(name = "consume", mixinStandardHelpOptions = true,
    description = "Print a topic's records as JSON, one per line, decoding Avro via the Schema Registry.")
public final class ConsumeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic to read, e.g. articles.enriched.")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the earliest record instead of the end.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    Long max;

    @Option(names = "--timeout", paramLabel = "DURATION",
        description = "Stop when no record arrived for this long (e.g. 10s). Default: wait forever.")
    Duration timeout;

    @Option(names = "--print-key", description = "Print {\"key\": ..., \"value\": ...} objects instead of values alone.")
    boolean printKey;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", defaultValue = "${env:NEWSFLOW_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
        description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL", defaultValue = "${env:NEWSFLOW_SCHEMA_REGISTRY_URL:-http://127.0.0.1:8081}",
        description = "Schema Registry URL (default: ${DEFAULT-VALUE}).")
    String schemaRegistryUrl;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> serdeConfig = new HashMap<>();
        serdeConfig.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, schemaRegistryUrl);
        try (KafkaAvroDeserializer avro = new KafkaAvroDeserializer();
             KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(),
                 new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            avro.configure(serdeConfig, false);
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (partitions.isEmpty()) {
                err.println("newsflow consume: topic '" + topic + "' does not exist on " + bootstrapServers);
                return 1;
            }
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            long printed = 0;
            long lastRecord = System.nanoTime();
            while (max == null || printed < max) {
                var records = consumer.poll(Duration.ofMillis(250));
                if (records.isEmpty() && timeout != null && System.nanoTime() - lastRecord > timeout.toNanos()) {
                    break;
                }
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    lastRecord = System.nanoTime();
                    try {
                        Object value = avro.deserialize(record.topic(), record.value());
                        out.println(render(record, value));
                    } catch (SerializationException e) {
                        err.println("newsflow consume: cannot decode " + record.topic() + "-" + record.partition()
                            + "@" + record.offset() + ": " + e.getMessage());
                    }
                    out.flush();
                    if (max != null && ++printed >= max) {
                        break;
                    }
                }
            }
        }
        return 0;
    }

    private String render(ConsumerRecord<byte[], byte[]> record, Object value) {
        String json = value == null ? "null" : GenericData.get().toString(value);
        if (!printKey) {
            return json;
        }
        String key = record.key() == null ? "null"
            : GenericData.get().toString(new String(record.key(), java.nio.charset.StandardCharsets.UTF_8));
        return "{\"key\": " + key + ", \"value\": " + json + "}";
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    }
}
