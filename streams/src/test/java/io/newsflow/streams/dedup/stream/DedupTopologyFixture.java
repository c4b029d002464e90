package io.newsflow.streams.dedup.stream;

import io.newsflow.avro.Article;
import io.newsflow.avro.BlockKind;
import io.newsflow.avro.BodyBlock;
import io.newsflow.avro.DedupCandidate;
import io.newsflow.avro.DedupResult;
import io.newsflow.avro.DedupSignal;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.streams.dedup.DedupConfig;
import io.newsflow.streams.dedup.quality.CorpusArticle;
import io.newsflow.streams.fingerprint.Fingerprinter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A TopologyTestDriver around the dedup stage alone: raw articles in, published and duplicates out;
 * and the corpus articles and republications the stage tests send.
 */
final class DedupTopologyFixture implements AutoCloseable {

    static final String INPUT = "articles.raw";
    static final String PUBLISHED = "articles.deduplicated";
    static final String DUPLICATES = "articles.duplicates";
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    final TopologyTestDriver driver;
    final TestInputTopic<String, Article> input;
    final TestOutputTopic<String, DedupResult> published;
    final TestOutputTopic<String, DuplicateDetected> duplicates;

    DedupTopologyFixture(Path stateDir, DedupConfig config) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology(config), props);
        input = driver.createInputTopic(INPUT, Serdes.String().serializer(), new AvroTestSerde<>(Article.class).serializer());
        published = driver.createOutputTopic(PUBLISHED, Serdes.String().deserializer(), new AvroTestSerde<>(DedupResult.class).deserializer());
        duplicates = driver.createOutputTopic(DUPLICATES, Serdes.String().deserializer(),
                new AvroTestSerde<>(DuplicateDetected.class).deserializer());
    }

    static DedupSerdes serdes() {
        return new DedupSerdes(new AvroTestSerde<>(DedupResult.class), new AvroTestSerde<>(DedupCandidate.class),
                new AvroTestSerde<>(DedupSignal.class), new AvroTestSerde<>(DuplicateDetected.class));
    }

    static Topology topology(DedupConfig config) {
        StreamsBuilder builder = new StreamsBuilder();
        DedupStage stage = new DedupStage(config, new Fingerprinter(), serdes(), Clock.fixed(NOW, ZoneOffset.UTC));
        stage.addTo(builder, builder.stream(INPUT, Consumed.with(Serdes.String(), new AvroTestSerde<>(Article.class))
                        .withName("articles-source")), DUPLICATES)
                .to(PUBLISHED, Produced.with(Serdes.String(), new AvroTestSerde<>(DedupResult.class)).withName("published-sink"));
        return builder.build();
    }

    /** Sends an article with its publication time as the record timestamp. */
    void send(Article article) {
        input.pipeInput(article.getArticleId(), article, article.getPublishedAt());
    }

    static Article article(String id, String source, Instant publishedAt, String title, List<String> paragraphs) {
        return Article.newBuilder().setArticleId(id).setTitle(title).setSource(source).setPublishedAt(publishedAt)
                .setIngestedAt(publishedAt.plusSeconds(60))
                .setBody(paragraphs.stream().map(p -> new BodyBlock(BlockKind.PARAGRAPH, p)).toList())
                .build();
    }

    /** The corpus article {@code corpusName} as published by its source under {@code id}. */
    static Article original(String corpusName, String id, Instant at) {
        CorpusArticle c = CorpusArticle.load(corpusName);
        return article(id, c.source(), at, c.title(), c.blocks());
    }

    /** A republication of the corpus article {@code corpusName} by {@code source}, with {@code blocks} as its body. */
    static Article copy(String corpusName, String id, String source, Instant at, List<String> blocks) {
        return article(id, source, at, "Republished: " + CorpusArticle.load(corpusName).title(), blocks);
    }

    @Override
    public void close() {
        driver.close();
    }
}
