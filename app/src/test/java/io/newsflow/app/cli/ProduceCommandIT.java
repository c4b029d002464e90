package io.newsflow.app.cli;

import static io.newsflow.app.cli.PlainAvroTopics.createTopics;
import static io.newsflow.app.cli.PlainAvroTopics.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import io.newsflow.app.cli.PlainAvroTopics.PlainAvroSerializer;
import io.newsflow.app.embedded.EmbeddedKafka;
import io.newsflow.avro.Article;
import io.newsflow.avro.RejectedInput;
import io.newsflow.avro.RejectionReason;
import io.newsflow.producer.samples.SampleArticles;

/**
 * {@code newsflow produce} against a real embedded broker. The value serializer is a plain Avro
 * binary one ({@link PlainAvroTopics}), standing in for the schema registry's serializer that the
 * application plugs in through the same {@code AvroSerializerFactory} seam. Watching a directory
 * and serving HTTP: {@link ProduceCommandServingIT}.
 */
class ProduceCommandIT {

    @TempDir
    Path tmp;

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
}
