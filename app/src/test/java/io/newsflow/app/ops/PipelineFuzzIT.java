package io.newsflow.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.newsflow.app.dev.DevOptions;
import io.newsflow.app.dev.DevStack;
import io.newsflow.app.dev.RegistrySerializers;
import io.newsflow.app.testing.FuzzInputs;
import io.newsflow.app.testing.NewsPublisher;
import io.newsflow.app.testing.OutcomeLedger;
import io.newsflow.avro.Article;
import io.newsflow.avro.ArticleType;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;
import io.newsflow.avro.InputFormat;
import io.newsflow.producer.ingest.PublishSummary;
import io.newsflow.producer.parse.InputDocument;
import io.newsflow.streams.topology.TopicNames;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz of the whole pipeline on the real embedded stack: thousands of random and malformed inputs
 * through the producer's parse-and-publish path, and random bytes written straight to
 * {@code articles.raw} (bad magic byte, unknown schema id, truncated Avro, Avro of the right schema
 * with garbage fields, garbage after a valid header, null and empty values). Nothing crashes
 * (streams stays RUNNING) and everything is accounted for: producer outcomes are published or
 * rejected, and every raw record is enriched, judged a duplicate or dead-lettered. The seed is
 * fixed (reproducible CI); {@code -Dfuzz.seed=N} tries another.
 */
class PipelineFuzzIT {
    private static final int PRODUCER_INPUTS = 2_000;
    private static final int RAW_RECORDS = 1_000;

    @TempDir
    Path dir;

    @Test
    void shouldAccountForEveryInputAndKeepRunningWhenInputsAreRandomAndMalformed() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20_261_129L);
        System.out.println("PipelineFuzzIT seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        try (DevStack stack = DevStack.start(new DevOptions(dir, 0, 0, 0, 2));
             NewsPublisher publisher = new NewsPublisher(stack.bootstrapServers(), stack.schemaRegistryUrl());
             OutcomeLedger ledger = new OutcomeLedger(stack.bootstrapServers(), stack.schemaRegistryUrl())) {
            FuzzInputs inputs = new FuzzInputs(seed, 600_000);
            for (int n = 0; n < PRODUCER_INPUTS; n++) {
                publisher.publish(inputs.next(n));
            }
            // within the 5 MB input limit, but over Kafka's 1 MB record limit once parsed
            publisher.publish(InputDocument.ofText("Oversize\n\n" + "A sentence of an enormous article. ".repeat(90_000),
                "oversize.txt", null, Instant.now()));
            PublishSummary summary = publisher.flush();
            assertThat(summary.failed()).as("failed sends: %s", summary.failures()).isZero();
            assertThat(publisher.oversize()).as("articles over Kafka's record limit, rejected as TOO_LARGE").isPositive();
            assertThat(summary.published() + publisher.oversize()).as("articles acknowledged or rejected as too large")
                .isEqualTo(publisher.articlesHanded());
            assertThat(summary.rejectionsRecorded()).as("rejections recorded").isEqualTo(publisher.rejectionsHanded());
            assertThat(publisher.articlesHanded() + publisher.rejectionsHanded()).as("outcomes of %d inputs", PRODUCER_INPUTS)
                .isGreaterThanOrEqualTo(PRODUCER_INPUTS + 1);

            int raw = writeRawJunk(stack, new Random(seed));
            long expected = summary.published() + raw;
            ledger.awaitOutcomes(expected, Duration.ofMinutes(4));
            System.out.printf("PipelineFuzzIT: %d producer inputs -> %d published, %d rejected (%d too large); %d raw records "
                    + "written; articles.raw = %d -> %s%n", PRODUCER_INPUTS + 1, summary.published(), publisher.rejectionsHanded(),
                publisher.oversize(), raw,
                expected, ledger.summary());
            assertThat(ledger.outcomes()).as("enriched + duplicates + dead letters (corrections apart) = records on articles.raw")
                .isEqualTo(expected);
            assertThat(ledger.deadLetters()).as("the junk is dead-lettered").hasSizeGreaterThanOrEqualTo(raw / 2);
            assertThat(stack.streamsState()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    /** Writes raw records of every bad kind to articles.raw; returns how many. */
    private static int writeRawJunk(DevStack stack, Random random) throws Exception {
        Serializer<Article> avro = RegistrySerializers.forRecords(stack.serdeConfig());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            byte[] valid = avro.serialize(TopicNames.ARTICLES_RAW, garbageArticle(random, 0));
            int schemaId = ByteBuffer.wrap(valid, 1, 4).getInt();
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (int n = 0; n < RAW_RECORDS; n++) {
                byte[] value = switch (n % 8) {
                    case 0 -> bytes(random, random.nextInt(2000));
                    case 1 -> ByteBuffer.allocate(5 + 50).put((byte) 0).putInt(100_000 + random.nextInt(1_000_000))
                        .put(bytes(random, 50)).array();
                    case 2 -> Arrays.copyOf(valid = avro.serialize(TopicNames.ARTICLES_RAW, garbageArticle(random, n)),
                        1 + random.nextInt(valid.length - 1));
                    case 3 -> avro.serialize(TopicNames.ARTICLES_RAW, garbageArticle(random, n));
                    case 4 -> ByteBuffer.allocate(5 + 200).put((byte) 0).putInt(schemaId).put(bytes(random, 200)).array();
                    case 5 -> null;
                    case 6 -> new byte[0];
                    default -> new byte[] {1, 2, 3};
                };
                byte[] key = switch (random.nextInt(4)) {
                    case 0 -> null;
                    case 1 -> bytes(random, random.nextInt(40));
                    default -> ("junk-" + n).getBytes(StandardCharsets.UTF_8);
                };
                sent.add(producer.send(new ProducerRecord<>(TopicNames.ARTICLES_RAW, key, value)));
            }
            for (var future : sent) {
                future.get();
            }
            return RAW_RECORDS;
        }
    }

    /** An article of the right schema whose fields are garbage: random text, odd sizes, odd times. */
    private static Article garbageArticle(Random random, int n) {
        List<BodyBlock> body = new ArrayList<>();
        int blocks = random.nextInt(6);
        for (int i = 0; i < blocks; i++) {
            body.add(new BodyBlock(BlockKind.values()[random.nextInt(BlockKind.values().length)], junkText(random, random.nextInt(3000))));
        }
        Instant now = Instant.now();
        return Article.newBuilder()
            .setArticleId(random.nextInt(5) == 0 ? "" : junkText(random, 1 + random.nextInt(60)) + "-" + n)
            .setTitle(junkText(random, random.nextInt(300)))
            .setLead(random.nextBoolean() ? null : junkText(random, random.nextInt(500)))
            .setBody(body)
            .setAuthors(random.nextBoolean() ? List.of() : List.of(junkText(random, 20), ""))
            .setSource(random.nextBoolean() ? null : junkText(random, 30))
            .setArticleType(ArticleType.values()[random.nextInt(ArticleType.values().length)])
            .setPublishedAt(random.nextBoolean() ? null : now.minusSeconds(random.nextInt(1_000_000_000)))
            .setIngestedAt(now.minusMillis(random.nextInt(60_000)))
            .setInputFormat(InputFormat.values()[random.nextInt(InputFormat.values().length)])
            .build();
    }

    private static String junkText(Random random, int chars) {
        StringBuilder sb = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            int kind = random.nextInt(10);
            // the last kind includes lone surrogates: not valid UTF-16, written by Avro as '?'
            sb.appendCodePoint(kind < 6 ? 'a' + random.nextInt(26) : kind < 8 ? ' ' : kind < 9 ? 0x400 + random.nextInt(0x100)
                : 0x20 + random.nextInt(0x1F600 - 0x20));
        }
        return sb.toString();
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
