package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import io.newsflow.app.embedded.EmbeddedKafka;
import io.newsflow.avro.Article;
import io.newsflow.avro.RejectedInput;
import io.newsflow.avro.RejectionReason;
import io.newsflow.producer.samples.SampleArticles;

/**
 * {@code newsflow produce} against a real embedded broker. The value serializer is a plain Avro
 * binary one written here, standing in for the schema registry's serializer that the application
 * plugs in through the same {@code AvroSerializerFactory} seam.
 */
class ProduceCommandIT {

    @TempDir
    Path tmp;

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

    @Test
    void shouldPublishArticlesAndRejectionsWhenProducingFilesAndStdinToTheBroker() throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        for (String name : SampleArticles.names()) {
            Files.write(inputs.resolve(name), SampleArticles.bytes(name));
        }
        Files.write(inputs.resolve("empty.txt"), new byte[0]);
        Files.writeString(inputs.resolve("broken.ndjson"), "{\"title\":\"no body\"}\n");
        Files.write(inputs.resolve("huge.txt"), new byte[2 * 1024 * 1024]);
        try (EmbeddedKafka kafka = EmbeddedKafka.start(tmp.resolve("kafka"), 0)) {
            createTopics(kafka);
            StringWriter out = new StringWriter();
            ProduceCommand command = new ProduceCommand(config -> new PlainAvroSerializer(),
                    new ByteArrayInputStream("Stdin Story Title\n\nA paragraph from standard input.\n\nAnother one.".getBytes()), Clock.systemUTC());
            CommandLine cli = new CommandLine(command);
            cli.setOut(new PrintWriter(out));
            int code = cli.execute("--bootstrap-servers", kafka.bootstrapServers(), "--max-input-size", "1MB", inputs.toString(), "-");

            // 10 samples hold 13 articles (NDJSON 3, RSS 2); plus the stdin article
            assertThat(code).as(out.toString()).isZero();
            assertThat(out.toString()).contains("published: 14, rejected: 3 (recorded on topic: 3), failed: 0")
                    .contains("TOO_LARGE").contains("EMPTY").contains("MISSING_FIELD");
            List<ConsumerRecord<String, Article>> articles = read(kafka, "articles.raw", Article.class, 14);
            assertThat(articles).hasSize(14).allMatch(r -> r.key().equals(r.value().getArticleId()));
            assertThat(articles).extracting(r -> r.value().getOrigin()).contains("stdin");
            List<ConsumerRecord<String, RejectedInput>> rejected = read(kafka, "articles.rejected", RejectedInput.class, 3);
            assertThat(rejected).extracting(r -> r.value().getReasonCode())
                    .containsExactlyInAnyOrder(RejectionReason.TOO_LARGE, RejectionReason.EMPTY, RejectionReason.MISSING_FIELD);
            assertThat(rejected).filteredOn(r -> r.value().getReasonCode() == RejectionReason.TOO_LARGE).singleElement()
                    .satisfies(r -> assertThat(r.value().getRawInputTruncated()).isTrue());
        }
    }

    @Test
    void shouldFailFastNamingTheTopicWhenItDoesNotExist() throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "Title\n\nText.");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(tmp.resolve("kafka"), 0)) {
            CommandLine cli = new CommandLine(new ProduceCommand(config -> new PlainAvroSerializer()));
            StringWriter err = new StringWriter();
            cli.setErr(new PrintWriter(err));
            assertThat(cli.execute("--bootstrap-servers", kafka.bootstrapServers(), tmp.resolve("a.txt").toString())).isEqualTo(2);
            assertThat(err.toString()).contains("articles.raw").contains("do not exist");
        }
    }

    @Test
    void shouldIngestFilesDroppedIntoTheWatchedDirectoryWhenWatching() throws Exception {
        Path watched = Files.createDirectories(tmp.resolve("drop"));
        try (EmbeddedKafka kafka = EmbeddedKafka.start(tmp.resolve("kafka"), 0)) {
            createTopics(kafka);
            ProduceCommand command = new ProduceCommand(config -> new PlainAvroSerializer());
            CommandLine cli = new CommandLine(command);
            StringWriter out = new StringWriter();
            cli.setOut(new PrintWriter(out));
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> cli.execute(
                    "--bootstrap-servers", kafka.bootstrapServers(), "--watch", watched.toString()));
            assertThat(command.awaitWatching(Duration.ofSeconds(30))).isTrue();
            Files.write(watched.resolve("late.json"), SampleArticles.bytes("s05-copper-record.json"));
            List<ConsumerRecord<String, Article>> articles = read(kafka, "articles.raw", Article.class, 1);
            command.stop();
            assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
            assertThat(articles).singleElement().satisfies(r -> assertThat(r.value().getTitle()).isEqualTo("Copper Hits Record as Chilean Mines Cut Output"));
        }
    }

    @Test
    void shouldPublishArticlesPostedOverHttpWhenServingAnHttpPort() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(tmp.resolve("kafka"), 0)) {
            createTopics(kafka);
            ProduceCommand command = new ProduceCommand(config -> new PlainAvroSerializer());
            CommandLine cli = new CommandLine(command);
            cli.setOut(new PrintWriter(new StringWriter()));
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> cli.execute(
                    "--bootstrap-servers", kafka.bootstrapServers(), "--http-port", "0"));
            assertThat(command.awaitWatching(Duration.ofSeconds(30))).isTrue();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(command.httpUrl() + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(command.httpUrl() + "/articles"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(SampleArticles.bytes("s05-copper-record.json"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<ConsumerRecord<String, Article>> articles = read(kafka, "articles.raw", Article.class, 1);
            command.stop();

            assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"producer\":\"RUNNING\"");
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
            assertThat(articles).singleElement().satisfies(r -> assertThat(r.value().getTitle()).isEqualTo("Copper Hits Record as Chilean Mines Cut Output"));
        }
    }

    private static void createTopics(EmbeddedKafka kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("articles.raw", 3, (short) 1), new NewTopic("articles.rejected", 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    private static <T extends SpecificRecord> List<ConsumerRecord<String, T>> read(EmbeddedKafka kafka, String topic, Class<T> type, int expected) {
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
}
