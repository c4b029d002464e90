package io.newsflow.app.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import io.newsflow.app.dev.OutputCounter;
import io.newsflow.app.dev.RegistrySerializers;
import io.newsflow.app.dev.StreamsRunner;
import io.newsflow.avro.Article;
import io.newsflow.producer.ingest.ArticlePublisher;
import io.newsflow.producer.ingest.ProducerSettings;
import io.newsflow.producer.ingest.PublishSummary;
import io.newsflow.producer.parse.ArticleParser;
import io.newsflow.producer.parse.InputDocument;
import io.newsflow.producer.parse.ParseOutcome;
import io.newsflow.streams.config.StreamsSettings;
import io.newsflow.streams.topology.AvroSerdes;
import io.newsflow.streams.topology.NewsflowTopology;
import io.newsflow.streams.topology.TopicNames;

/**
 * Phase (b): newsflow itself. Plain text is parsed by the {@link ArticleParser}, published by
 * the producer's {@link ArticlePublisher} with the registry's serializer, and processed by the
 * real {@link NewsflowTopology} (deduplication, enrichment) with exactly-once. Measures the
 * throughput of a burst, then the latency at a fixed offered load on the same running application.
 */
final class FullPipeline implements AutoCloseable {
    private static final Set<String> TERMINAL = Set.of(TopicNames.ARTICLES_ENRICHED, TopicNames.ARTICLES_DUPLICATES,
        TopicNames.ARTICLES_DLQ);

    private final BenchEnvironment env;
    private final StreamsSettings streams;
    private final ProducerSettings producer;
    private final ArticleParser parser = new ArticleParser();
    private final StreamsRunner runner;

    FullPipeline(BenchEnvironment env, StreamsSettings streams, ProducerSettings producer) {
        this.env = env;
        this.streams = streams;
        this.producer = producer;
        env.createTopics(TopicNames.ALL);
        this.runner = new StreamsRunner(NewsflowTopology.buildTopology(streams, AvroSerdes.create(streams.serdeConfig())),
            streams.toProperties()).start(Duration.ofSeconds(120));
    }

    /** Sends every text as fast as it can and measures until the last outcome is committed. */
    BenchResult.Phase throughput(List<String> texts, long avroBytes, Duration timeout) {
        ResourceMeter meter = new ResourceMeter();
        PublishSummary summary = new PublishSummary();
        try (OutputCounter counter = new OutputCounter(env.bootstrapServers(), List.copyOf(TERMINAL));
             ArticlePublisher publisher = publisher(summary)) {
            BrokerFootprint.Snapshot before = BrokerFootprint.take(env.bootstrapServers());
            meter.start();
            long start = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) {
                ingest(publisher, texts.get(i), "bench-" + i + ".txt");
            }
            long published = flushed(publisher, summary, texts.size());
            long end = Outcomes.await(counter, TERMINAL, published, timeout, "pipeline");
            ResourceMeter.Usage usage = meter.stop();
            return Outcomes.phase(published, avroBytes, start, end, usage, BrokerFootprint.take(env.bootstrapServers()).minus(before));
        }
    }

    /**
     * Sends {@code texts} at {@code perSecond} (parsing included, as ingestion does) and measures
     * each enriched article's latency from ingest to a committed read of {@code articles.enriched}.
     */
    BenchResult.Latency latency(List<String> texts, double perSecond, Duration timeout) {
        PublishSummary summary = new PublishSummary();
        try (OutputCounter counter = new OutputCounter(env.bootstrapServers(), List.copyOf(TERMINAL));
             LatencyProbe probe = new LatencyProbe(env.bootstrapServers(), TopicNames.ARTICLES_ENRICHED);
             ArticlePublisher publisher = publisher(summary)) {
            long interval = (long) (1e9 / perSecond);
            long start = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) {
                LockSupport.parkNanos(start + i * interval - System.nanoTime());
                long ingestedAt = System.nanoTime();
                Article article = ingest(publisher, texts.get(i), "latency-" + i + ".txt");
                if (article != null) {
                    probe.ingested(article.getArticleId(), ingestedAt);
                }
            }
            double achieved = texts.size() / ((System.nanoTime() - start) / 1e9);
            long published = flushed(publisher, summary, texts.size());
            Outcomes.await(counter, TERMINAL, published, timeout, "latency");
            long enriched = counter.counts().get(TopicNames.ARTICLES_ENRICHED);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (probe.seen() < enriched && System.nanoTime() < deadline) {
                counter.poll();
            }
            return Percentiles.summarise(probe.latenciesMs(), perSecond, achieved);
        }
    }

    private ArticlePublisher publisher(PublishSummary summary) {
        return new ArticlePublisher(producer, RegistrySerializers.<Article>forRecords(streams.serdeConfig()), summary);
    }

    /** Parses one text and publishes its article; returns it, or null when the parser rejected the text. */
    private Article ingest(ArticlePublisher publisher, String text, String origin) {
        Article published = null;
        for (ParseOutcome outcome : parser.parse(InputDocument.ofText(text, origin, "text/plain", Instant.now()))) {
            if (outcome instanceof ParseOutcome.Parsed parsed) {
                publisher.publish(parsed.article());
                published = parsed.article();
            }
        }
        return published;
    }

    private static long flushed(ArticlePublisher publisher, PublishSummary summary, int sent) {
        publisher.flush();
        if (summary.failed() > 0 || summary.published() == 0) {
            throw new IllegalStateException("the pipeline's producer published " + summary.published() + " of " + sent
                + " articles: " + summary.failures());
        }
        return summary.published();
    }

    @Override
    public void close() {
        runner.close();
    }
}
