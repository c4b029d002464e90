package io.newsflow.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.app.dev.DevOptions;
import io.newsflow.app.dev.DevStack;
import io.newsflow.app.testing.TopicReader;
import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;
import io.newsflow.registry.serde.KafkaAvroSerializer;
import io.newsflow.streams.dedup.stream.DedupStage;
import io.newsflow.streams.topology.EnrichStage;
import io.newsflow.streams.topology.TopicNames;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /metrics} on the dev stack shows newsflow's pipeline metrics, Kafka Streams' and the JVM's, with real values. */
class MetricsIT {
    private static final String BODY = "The city council approved a new budget for public libraries on Tuesday, adding evening "
        + "hours at nine branches and hiring twelve librarians, after a year of complaints about queues and closed doors.";

    @TempDir
    Path dir;

    @Test
    void shouldExposePipelineStreamsAndJvmMetricsWhenArticlesFlow() throws Exception {
        try (DevStack stack = DevStack.start(new DevOptions(dir, 0, 0, 0, 1))) {
            Instant ingestedAt = Instant.now().minusSeconds(2);
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()), new StringSerializer(), new ByteArraySerializer());
                 KafkaAvroSerializer avro = new KafkaAvroSerializer()) {
                avro.configure(stack.serdeConfig(), false);
                for (String id : List.of("lib-1", "lib-2")) { // same body: one enriched, one duplicate
                    Article article = Article.newBuilder().setArticleId(id).setTitle("Libraries get longer hours")
                        .setBody(List.of(new BodyBlock(BlockKind.PARAGRAPH, BODY))).setIngestedAt(ingestedAt).build();
                    producer.send(new ProducerRecord<>(TopicNames.ARTICLES_RAW, id, avro.serialize(TopicNames.ARTICLES_RAW, article)))
                        .get(30, TimeUnit.SECONDS);
                }
                producer.send(new ProducerRecord<>(TopicNames.ARTICLES_RAW, "poison", "{not avro}".getBytes(StandardCharsets.UTF_8)))
                    .get(30, TimeUnit.SECONDS);
            }
            // the hooks run before the transaction commits, so once read_committed consumers see the output the counts are in
            TopicReader.readOne(stack.bootstrapServers(), TopicNames.ARTICLES_ENRICHED);
            TopicReader.readOne(stack.bootstrapServers(), TopicNames.ARTICLES_DUPLICATES);
            TopicReader.readOne(stack.bootstrapServers(), TopicNames.ARTICLES_DLQ);

            HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stack.httpUrl() + "/metrics")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
            String metrics = response.body();
            assertThat(value(metrics, "newsflow_articles_enriched_total")).isEqualTo(1.0);
            assertThat(value(metrics, "newsflow_articles_duplicates_total")).isEqualTo(1.0);
            assertThat(value(metrics, "newsflow_records_dead_lettered_total")).isEqualTo(1.0);
            assertThat(value(metrics, "newsflow_ingest_to_enriched_latency_seconds_count")).isEqualTo(1.0);
            assertThat(value(metrics, "newsflow_ingest_to_enriched_latency_seconds_sum")).isGreaterThanOrEqualTo(2.0);
            assertThat(metrics).contains("newsflow_ingest_to_enriched_latency_seconds_bucket{le=");
            assertThat(value(metrics, "kafka_stream_thread_process_total")).isGreaterThan(0.0);
            // summed over the memory pools: the first pool listed may be empty at the scrape (a survivor space after a GC)
            assertThat(total(metrics, "jvm_memory_used_bytes")).isGreaterThan(0.0);
            // state-store metrics of key-value and window stores both survive Prometheus' one-label-set rule
            assertThat(metrics).contains("store=\"" + EnrichStage.DOCUMENT_FREQUENCY_STORE + "\"")
                .contains("store=\"" + DedupStage.BLOCK_STORE + "\"");
        }
    }

    /** The sum of every sample of {@code name} (any labels); fails naming the metric when it is absent. */
    private static double total(String scrape, String name) {
        Matcher m = samples(scrape, name);
        double sum = 0;
        boolean found = false;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
            found = true;
        }
        assertThat(found).as("metric %s in /metrics:%n%s", name, scrape).isTrue();
        return sum;
    }

    /** The value of the first sample of {@code name} (any labels); fails naming the metric when it is absent. */
    private static double value(String scrape, String name) {
        Matcher m = samples(scrape, name);
        assertThat(m.find()).as("metric %s in /metrics:%n%s", name, scrape).isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** The samples of {@code name} in a scrape, with any labels; group 1 is a sample's value. */
    private static Matcher samples(String scrape, String name) {
        return Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? (\\S+)$").matcher(scrape);
    }
}
