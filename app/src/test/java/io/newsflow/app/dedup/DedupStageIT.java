package io.newsflow.app.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.embedded.EmbeddedKafka;
import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.streams.dedup.DedupConfig;
import io.newsflow.streams.dedup.stream.ArticleEventTimeExtractor;
import io.newsflow.streams.dedup.stream.DedupSerdes;
import io.newsflow.streams.dedup.stream.DedupStage;
import io.newsflow.streams.fingerprint.Fingerprinter;
import io.newsflow.streams.topology.AvroSerdes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dedup stage on a real broker with several partitions and two stream threads, exactly-once:
 * near-duplicates whose articleIds hash to different input partitions still meet through the block
 * repartition and are reported.
 */
class DedupStageIT {
    /** The registry serdes on an in-process registry scope: the same serdes the application uses. */
    private static final Map<String, Object> SERDE_CONFIG = Map.of("schema.registry.url", "mock://dedup-stage-it");


    private static final int PARTITIONS = 4;
    private static final int STORIES = 6;

    @TempDir
    Path dir;

    @Test
    void shouldReportNearDuplicatesWhenTheyLandOnDifferentPartitions() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0)) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("it.articles", PARTITIONS, (short) 1),
                        new NewTopic("it.duplicates", PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            List<Article> originals = new ArrayList<>();
            List<Article> copies = new ArrayList<>();
            Instant t0 = Instant.parse("2025-10-07T08:00:00Z");
            for (int i = 0; i < STORIES; i++) {
                List<String> body = story(new Random(i));
                originals.add(article("orig-" + i, "Outlet " + i, t0.plusSeconds(i), body));
                copies.add(article("copy-" + i, "Mirror", t0.plusSeconds(3600 + i), edited(body, new Random(100 + i))));
            }
            long crossPartition = java.util.stream.IntStream.range(0, STORIES)
                    .filter(i -> partition(originals.get(i).getArticleId()) != partition(copies.get(i).getArticleId())).count();
            assertThat(crossPartition).as("pairs whose ids hash to different partitions").isGreaterThanOrEqualTo(3);

            try (KafkaStreams streams = new KafkaStreams(topology(), streamsProps(kafka.bootstrapServers()))) {
                streams.start();
                send(kafka.bootstrapServers(), originals);
                send(kafka.bootstrapServers(), copies);
                Map<String, DuplicateDetected> dups = readDuplicates(kafka.bootstrapServers(), STORIES);
                assertThat(dups).hasSize(STORIES);
                for (int i = 0; i < STORIES; i++) {
                    assertThat(dups.get("copy-" + i).getDuplicateOf()).isEqualTo("orig-" + i);
                }
            }
        }
    }

    private static org.apache.kafka.streams.Topology topology() {
        StreamsBuilder builder = new StreamsBuilder();
        DedupSerdes serdes = new DedupSerdes(AvroSerdes.specific(SERDE_CONFIG), AvroSerdes.specific(SERDE_CONFIG),
                AvroSerdes.specific(SERDE_CONFIG), AvroSerdes.specific(SERDE_CONFIG));
        new DedupStage(DedupConfig.defaults(), new Fingerprinter(), serdes, Clock.systemUTC())
                .addTo(builder, builder.stream("it.articles", Consumed.with(Serdes.String(), AvroSerdes.<Article>specific(SERDE_CONFIG))
                        .withTimestampExtractor(new ArticleEventTimeExtractor()).withName("it-articles-source")), "it.duplicates");
        return builder.build();
    }

    private Properties streamsProps(String bootstrap) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-it-" + System.nanoTime());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state").toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        return p;
    }

    private static int partition(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    private static void send(String bootstrap, List<Article> articles) throws Exception {
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), AvroSerdes.<Article>specific(SERDE_CONFIG).serializer())) {
            for (Article a : articles) {
                producer.send(new ProducerRecord<>("it.articles", a.getArticleId(), a)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Map<String, DuplicateDetected> readDuplicates(String bootstrap, int expected) {
        Map<String, DuplicateDetected> out = new HashMap<>();
        try (KafkaConsumer<String, DuplicateDetected> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), AvroSerdes.<DuplicateDetected>specific(SERDE_CONFIG).deserializer())) {
            consumer.subscribe(List.of("it.duplicates"));
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, DuplicateDetected> r : consumer.poll(Duration.ofMillis(200))) {
                    out.put(r.key(), r.value());
                }
            }
        }
        return out;
    }

    /** A synthetic 300-word story: the stage only sees words, so invented ones exercise it fully. */
    private static List<String> story(Random rnd) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 50; w++) {
                sb.append(w == 0 ? "" : " ").append("tok").append(rnd.nextInt(4000));
            }
            paragraphs.add(sb.append('.').toString());
        }
        return paragraphs;
    }

    /** A republication: a wrapper line, and two words changed. */
    private static List<String> edited(List<String> body, Random rnd) {
        List<String> out = new ArrayList<>(body);
        for (int e = 0; e < 2; e++) {
            int p = rnd.nextInt(out.size());
            out.set(p, out.get(p).replaceFirst("tok\\d+", "changed" + e));
        }
        out.add(0, "Share | Tweet | Print | A A A");
        return out;
    }

    private static Article article(String id, String source, Instant publishedAt, List<String> body) {
        return Article.newBuilder().setArticleId(id).setTitle("Story " + id).setSource(source).setPublishedAt(publishedAt)
                .setIngestedAt(publishedAt.plusSeconds(30))
                .setBody(body.stream().map(t -> new BodyBlock(BlockKind.PARAGRAPH, t)).toList()).build();
    }
}
