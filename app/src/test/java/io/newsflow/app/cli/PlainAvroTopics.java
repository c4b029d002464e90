package io.newsflow.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.newsflow.app.embedded.EmbeddedKafka;

/**
 * The producer's topics on an embedded broker for the {@code newsflow produce} integration tests:
 * records in plain Avro binary (no registry, no magic byte), the topics created, and records read
 * back from the earliest offset.
 */
final class PlainAvroTopics {

    /** Plain Avro binary encoding of any generated record: no registry, no magic byte. */
    static final class PlainAvroSerializer implements Serializer<SpecificRecord> {
        @Override
        public byte[] serialize(String topic, SpecificRecord record) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
                new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
                encoder.flush();
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads what {@link PlainAvroSerializer} wrote, as {@code type}. */
    static <T extends SpecificRecord> Deserializer<T> plainAvroDeserializer(Class<T> type) {
        return (topic, data) -> {
            try {
                BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, null);
                return new SpecificDatumReader<>(type).read(null, decoder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Creates articles.raw (3 partitions) and articles.rejected. */
    static void createTopics(EmbeddedKafka kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("articles.raw", 3, (short) 1), new NewTopic("articles.rejected", 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    /** Up to {@code expected} records of {@code topic}, polled for at most 30 s. */
    static <T extends SpecificRecord> List<ConsumerRecord<String, T>> read(EmbeddedKafka kafka, String topic, Class<T> type, int expected) {
        try (KafkaConsumer<String, T> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), plainAvroDeserializer(type))) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, T>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private PlainAvroTopics() {
    }
}
