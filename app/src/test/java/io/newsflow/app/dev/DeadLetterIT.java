package io.newsflow.app.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.newsflow.app.testing.TopicReader;
import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;
import io.newsflow.registry.serde.KafkaAvroSerializer;
import io.newsflow.streams.topology.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A poison pill on articles.raw goes to articles.dlq with its cause, and the pipeline goes on. */
class DeadLetterIT {

    @TempDir
    Path dir;

    @Test
    void shouldDeadLetterPoisonPillAndKeepProcessingWhenRawRecordIsNotAvro() throws Exception {
        try (DevStack stack = DevStack.start(new DevOptions(dir, 0, 0, 0, 1))) {
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()), new StringSerializer(), new ByteArraySerializer());
                 KafkaAvroSerializer avro = new KafkaAvroSerializer()) {
                avro.configure(stack.serdeConfig(), false);
                producer.send(new ProducerRecord<>(TopicNames.ARTICLES_RAW, "poison", "{not avro}".getBytes(StandardCharsets.UTF_8)))
                    .get(30, TimeUnit.SECONDS);
                Article good = Article.newBuilder().setArticleId("good-1").setTitle("After the poison pill")
                    .setBody(List.of(new BodyBlock(BlockKind.PARAGRAPH, "Processing goes on after a bad record.")))
                    .setIngestedAt(Instant.now()).build();
                producer.send(new ProducerRecord<>(TopicNames.ARTICLES_RAW, "good-1", avro.serialize(TopicNames.ARTICLES_RAW, good)))
                    .get(30, TimeUnit.SECONDS);
            }

            ConsumerRecord<byte[], byte[]> dead = TopicReader.readOne(stack.bootstrapServers(), TopicNames.ARTICLES_DLQ);
            assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not avro}");
            assertThat(header(dead, "__streams.errors.topic")).isEqualTo(TopicNames.ARTICLES_RAW);
            assertThat(header(dead, "__streams.errors.message")).contains("magic byte");
            assertThat(header(dead, "__streams.errors.offset")).isEqualTo("0");

            ConsumerRecord<byte[], byte[]> enriched = TopicReader.readOne(stack.bootstrapServers(), TopicNames.ARTICLES_ENRICHED);
            assertThat(new String(enriched.key(), StandardCharsets.UTF_8)).isEqualTo("good-1");
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
