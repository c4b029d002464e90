package io.newsflow.app.testing;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.newsflow.app.dev.RegistrySerializers;
import io.newsflow.avro.Article;
import io.newsflow.avro.RejectedInput;
import io.newsflow.producer.ingest.ArticlePublisher;
import io.newsflow.producer.ingest.Ingestor;
import io.newsflow.producer.ingest.InputCollector;
import io.newsflow.producer.ingest.ProducerSettings;
import io.newsflow.producer.ingest.PublishSummary;
import io.newsflow.producer.ingest.RejectionPublisher;
import io.newsflow.producer.ingest.RejectionSink;
import io.newsflow.producer.parse.ArticleParser;
import io.newsflow.producer.parse.InputDocument;

/**
 * The producer's real publish path for integration tests (parser, {@link Ingestor},
 * {@link ArticlePublisher} and {@link RejectionPublisher} with the registry's serializer, as
 * {@code newsflow produce} wires them), remembering the id of every article it handed to Kafka
 * and counting the rejections, so a test can reconcile what the streams application wrote.
 */
public final class NewsPublisher implements AutoCloseable {
    private final PublishSummary summary = new PublishSummary();
    private final ArticlePublisher articles;
    private final RejectionPublisher rejections;
    private final Ingestor ingestor;
    private final Set<String> articleIds = ConcurrentHashMap.newKeySet();
    private final AtomicLong articlesHanded = new AtomicLong();
    private final AtomicLong rejectionsHanded = new AtomicLong();
    private final AtomicLong oversize = new AtomicLong();

    public NewsPublisher(String bootstrapServers, String schemaRegistryUrl) {
        ProducerSettings settings = ProducerSettings.fromMap(Map.of(ProducerSettings.BOOTSTRAP_SERVERS, bootstrapServers,
            ProducerSettings.SCHEMA_REGISTRY_URL, schemaRegistryUrl));
        Map<String, Object> serdeConfig = Map.of(ProducerSettings.SCHEMA_REGISTRY_URL, schemaRegistryUrl);
        rejections = new RejectionPublisher(settings, RegistrySerializers.<RejectedInput>forRecords(serdeConfig), summary);
        RejectionSink rejectionSink = rejection -> {
            rejectionsHanded.incrementAndGet();
            rejections.reject(rejection);
        };
        articles = new ArticlePublisher(settings, RegistrySerializers.<Article>forRecords(serdeConfig), summary, rejection -> {
            oversize.incrementAndGet();
            rejectionSink.reject(rejection);
        });
        ingestor = new Ingestor(new InputCollector(settings.maxInputBytes(), Clock.systemUTC(), java.io.InputStream.nullInputStream()),
            new ArticleParser(),
            article -> {
                articlesHanded.incrementAndGet();
                articleIds.add(article.getArticleId());
                articles.publish(article);
            },
            rejectionSink);
    }

    /** Parses and publishes one input document. */
    public void publish(InputDocument document) {
        ingestor.ingestDocument(document);
    }

    /** Waits until every send is acknowledged or failed; the summary then holds exact counts. */
    public PublishSummary flush() {
        articles.flush();
        rejections.flush();
        return summary;
    }

    /** Ids of the articles handed to the producer. */
    public Set<String> articleIds() {
        return Set.copyOf(articleIds);
    }

    /** Articles handed to the producer (the parser's Parsed outcomes), including those Kafka then refused as too large. */
    public long articlesHanded() {
        return articlesHanded.get();
    }

    /** Articles Kafka refused as too large, rejected as {@code TOO_LARGE} instead. */
    public long oversize() {
        return oversize.get();
    }

    /** Rejections handed to the rejection producer: the parser's and collector's, and oversize articles. */
    public long rejectionsHanded() {
        return rejectionsHanded.get();
    }

    @Override
    public void close() {
        articles.close();
        rejections.close();
    }
}
