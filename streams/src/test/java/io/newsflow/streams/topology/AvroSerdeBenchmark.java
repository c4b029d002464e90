package io.newsflow.streams.topology;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.newsflow.avro.Article;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.registry.serde.KafkaAvroDeserializer;
import io.newsflow.registry.serde.KafkaAvroSerializer;
import io.newsflow.streams.enrich.BenchmarkArticles;
import io.newsflow.streams.enrich.EnrichedArticleMapper;
import io.newsflow.streams.enrich.Enricher;
import io.newsflow.streams.enrich.InMemoryDocumentFrequencies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the project's registry serdes (Confluent wire format) on about 7 KB articles, one
 * thread, per second: serialize and deserialize an {@link Article} and an {@link EnrichedArticle}
 * with {@link KafkaAvroSerializer}/{@link KafkaAvroDeserializer} on a {@code mock://} registry (the
 * schema id is looked up once and cached, as in production). Run: {@code bench/jmh} (docs/benchmark.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AvroSerdeBenchmark {
    private static final String TOPIC = "bench";

    private KafkaAvroSerializer serializer;
    private KafkaAvroDeserializer deserializer;
    private List<Article> articles;
    private List<EnrichedArticle> enriched;
    private List<byte[]> articleBytes;
    private List<byte[]> enrichedBytes;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Map<String, Object> config = Map.of("schema.registry.url", "mock://avro-serde-benchmark", "specific.avro.reader", true);
        serializer = new KafkaAvroSerializer();
        serializer.configure(config, false);
        deserializer = new KafkaAvroDeserializer();
        deserializer.configure(config, false);
        articles = BenchmarkArticles.build(16);
        Enricher enricher = new Enricher();
        InMemoryDocumentFrequencies frequencies = new InMemoryDocumentFrequencies();
        enriched = articles.stream()
            .map(a -> EnrichedArticleMapper.toAvro(a, enricher.enrich(a, frequencies), Instant.now(), "hash-" + a.getArticleId(), 42L))
            .toList();
        articleBytes = articles.stream().map(a -> serializer.serialize(TOPIC, a)).toList();
        enrichedBytes = enriched.stream().map(e -> serializer.serialize(TOPIC + ".enriched", e)).toList();
    }

    private int nextIndex() {
        next = (next + 1) % articles.size();
        return next;
    }

    @Benchmark
    public byte[] serializeArticle() {
        return serializer.serialize(TOPIC, articles.get(nextIndex()));
    }

    @Benchmark
    public Object deserializeArticle() {
        return deserializer.deserialize(TOPIC, articleBytes.get(nextIndex()));
    }

    @Benchmark
    public byte[] serializeEnrichedArticle() {
        return serializer.serialize(TOPIC + ".enriched", enriched.get(nextIndex()));
    }

    @Benchmark
    public Object deserializeEnrichedArticle() {
        return deserializer.deserialize(TOPIC + ".enriched", enrichedBytes.get(nextIndex()));
    }
}
