package io.newsflow.app.dev;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.newsflow.avro.Article;
import io.newsflow.avro.RejectedInput;
import io.newsflow.producer.ingest.ArticlePublisher;
import io.newsflow.producer.ingest.Ingestor;
import io.newsflow.producer.ingest.InputCollector;
import io.newsflow.producer.ingest.ProducerSettings;
import io.newsflow.producer.ingest.PublishSummary;
import io.newsflow.producer.ingest.RejectionPublisher;
import io.newsflow.producer.parse.ArticleParser;
import io.newsflow.producer.parse.InputDocument;
import io.newsflow.producer.samples.SampleArticles;

/**
 * One ingestion by {@code newsflow dev}: files and directories (or the bundled samples) are
 * parsed and published with the registry's Avro serializer, every rejection recorded, and the
 * producers flushed before the report is returned, so the report counts acknowledged records.
 */
public final class IngestRun {
    private final ProducerSettings settings;
    private final Map<String, Object> serdeConfig;

    /**
     * @param settings    where and how to publish
     * @param serdeConfig the serializer's settings ({@code schema.registry.url}, auth)
     */
    public IngestRun(ProducerSettings settings, Map<String, Object> serdeConfig) {
        this.settings = settings;
        this.serdeConfig = serdeConfig;
    }

    /** Ingests {@code paths}, or the bundled sample articles when there are none. */
    public IngestReport ingest(List<Path> paths) {
        PublishSummary summary = new PublishSummary();
        AtomicLong inputs = new AtomicLong();
        try (RejectionPublisher rejections = new RejectionPublisher(settings, RegistrySerializers.<RejectedInput>forRecords(serdeConfig), summary);
             ArticlePublisher articles = new ArticlePublisher(settings, RegistrySerializers.<Article>forRecords(serdeConfig), summary,
                 rejections)) {
            Ingestor ingestor = new Ingestor(new InputCollector(settings.maxInputBytes(), Clock.systemUTC(), System.in),
                new ArticleParser(), articles, rejections);
            if (paths.isEmpty()) {
                for (InputDocument sample : SampleArticles.documents(Instant.now())) {
                    ingestor.ingestDocument(sample);
                    inputs.incrementAndGet();
                }
            } else {
                ingestor.ingest(paths.stream().map(Path::toString).toList(), inputs::incrementAndGet);
            }
            articles.flush();
            rejections.flush();
        }
        return new IngestReport(inputs.get(), summary.published(), summary.rejectionsRecorded(), summary.failed());
    }
}
