package io.newsflow.app.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import io.newsflow.app.dev.RegistrySerializers;
import io.newsflow.avro.Article;
import io.newsflow.producer.ingest.ProducerSettings;
import io.newsflow.producer.parse.ArticleParser;
import io.newsflow.producer.parse.InputDocument;
import io.newsflow.producer.parse.ParseOutcome;
import io.newsflow.streams.config.StreamsSettings;
import io.newsflow.streams.topology.TopicNames;
import org.apache.kafka.common.serialization.Serializer;

/**
 * One {@code newsflow bench} run: generates the corpus, parses and encodes it once (the
 * parse figures, and the bytes the baseline copies), then on one fresh embedded cluster runs
 * (a) the passthrough baseline, (b) the full pipeline's throughput and, on the same running
 * pipeline, the latency at half that throughput with a second corpus of new articles; then,
 * when asked, the idle RSS of {@code newsflow dev}.
 */
public final class BenchRun {
    private final BenchOptions options;
    private final Consumer<String> progress;

    /**
     * @param options  what to measure
     * @param progress receives one line as each phase starts
     */
    public BenchRun(BenchOptions options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    public BenchResult run() {
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        SyntheticCorpus generator = new SyntheticCorpus(options.sizeKb(), options.duplicateRate());
        List<SyntheticCorpus.Item> corpus = generator.generate(options.articles(), options.seed());
        List<String> texts = corpus.stream().map(SyntheticCorpus.Item::text).toList();
        List<String> latencyTexts = generator.generate(options.articles(), options.seed() + 1).stream()
            .map(SyntheticCorpus.Item::text).toList();
        List<String> warmupTexts = options.warmup() == 0 ? List.of()
            : generator.generate(options.warmup(), options.seed() + 2).stream().map(SyntheticCorpus.Item::text).toList();
        BenchResult.Phase parse;
        BenchResult.Phase baseline;
        BenchResult.Phase pipeline;
        BenchResult.Latency latency;
        List<EncodedArticle> encoded;
        try (BenchEnvironment env = BenchEnvironment.start(options.partitions())) {
            StreamsSettings streams = env.streamsSettings(options.streamsConfig());
            ProducerSettings producer = env.producerSettings(options.producerConfig());
            progress.accept("parsing and encoding " + texts.size() + " articles, after " + warmupTexts.size() + " to warm up");
            List<EncodedArticle> warmupEncoded = encode(warmupTexts, streams);
            ResourceMeter meter = new ResourceMeter();
            meter.start();
            long start = System.nanoTime();
            encoded = encode(texts, streams);
            long avroBytes = encoded.stream().mapToLong(e -> e.value().length).sum();
            parse = Outcomes.phase(encoded.size(), avroBytes, start, System.nanoTime(), meter.stop(), new BrokerFootprint.Snapshot(0, 0));
            progress.accept("(a) baseline: exactly-once passthrough of " + encoded.size() + " records, after "
                + warmupTexts.size() + " to warm up");
            baseline = PassthroughBaseline.run(env, streams, producer, warmupEncoded, encoded, options.phaseTimeout());
            try (FullPipeline full = new FullPipeline(env, streams, producer)) {
                if (!warmupTexts.isEmpty()) {
                    progress.accept("(b) pipeline: warming up with " + warmupTexts.size() + " articles");
                    full.throughput(warmupTexts, 0, options.phaseTimeout());
                }
                progress.accept("(b) pipeline: parse, produce, dedupe and enrich " + texts.size() + " articles");
                pipeline = full.throughput(texts, avroBytes, options.phaseTimeout());
                double rate = pipeline.articlesPerSecond() / 2;
                progress.accept(String.format("(b) latency: %d new articles at %.1f/s", latencyTexts.size(), rate));
                latency = full.latency(latencyTexts, rate, options.phaseTimeout());
            }
        }
        BenchResult.DevIdleRss devIdle = null;
        if (options.devIdle() != null) {
            progress.accept("newsflow dev: idle RSS after " + options.devIdle());
            devIdle = DevIdleRssProbe.measure(options.devIdle(), options.phaseTimeout());
        }
        long textBytes = texts.stream().mapToLong(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        BenchResult.Corpus corpusFigures = new BenchResult.Corpus(options.articles(), options.sizeKb(), options.duplicateRate(),
            options.seed(), options.partitions(), textBytes, parse.avroBytes(),
            count(corpus, SyntheticCorpus.Kind.EXACT_COPY), count(corpus, SyntheticCorpus.Kind.NEAR_COPY));
        return new BenchResult(machine(loadAtStart), corpusFigures, settings(), parse, baseline, pipeline,
            pipeline.articlesPerSecond() / baseline.articlesPerSecond(), latency, devIdle);
    }

    /** Parses every text and encodes its article as the producer would, with the registry's serializer. */
    private static List<EncodedArticle> encode(List<String> texts, StreamsSettings streams) {
        ArticleParser parser = new ArticleParser();
        List<EncodedArticle> out = new ArrayList<>(texts.size());
        try (Serializer<Article> serializer = RegistrySerializers.forRecords(streams.serdeConfig())) {
            for (int i = 0; i < texts.size(); i++) {
                InputDocument doc = InputDocument.ofText(texts.get(i), "bench-" + i + ".txt", "text/plain", java.time.Instant.now());
                for (ParseOutcome outcome : parser.parse(doc)) {
                    if (!(outcome instanceof ParseOutcome.Parsed parsed)) {
                        throw new IllegalStateException("the synthetic article bench-" + i + " was rejected: " + outcome);
                    }
                    Article article = parsed.article();
                    out.add(new EncodedArticle(article.getArticleId(), serializer.serialize(TopicNames.ARTICLES_RAW, article)));
                }
            }
        }
        return out;
    }

    private static int count(List<SyntheticCorpus.Item> corpus, SyntheticCorpus.Kind kind) {
        return (int) corpus.stream().filter(i -> i.kind() == kind).count();
    }

    private Map<String, String> settings() {
        Map<String, String> all = new TreeMap<>();
        options.producerConfig().forEach((k, v) -> all.put("producer." + k, v));
        options.streamsConfig().forEach((k, v) -> all.put("streams." + k, v));
        return all;
    }

    private static BenchResult.Machine machine(double loadAtStart) {
        return new BenchResult.Machine(Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " "
            + System.getProperty("os.version"), System.getProperty("os.arch"), Runtime.version().toString(),
            Runtime.getRuntime().maxMemory(), loadAtStart, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
