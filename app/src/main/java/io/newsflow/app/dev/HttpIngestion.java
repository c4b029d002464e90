package io.newsflow.app.dev;

import java.time.Clock;
import java.util.Map;

import io.javalin.Javalin;
import io.newsflow.app.http.ArticleIngestRoutes;
import io.newsflow.avro.Article;
import io.newsflow.avro.RejectedInput;
import io.newsflow.producer.ingest.ProducerSettings;
import io.newsflow.producer.ingest.PublishSummary;
import io.newsflow.producer.ingest.RejectionPublisher;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The producers behind {@code POST /articles}, open for the life of the HTTP server. */
public final class HttpIngestion implements AutoCloseable {
    private final KafkaProducer<String, Article> articles;
    private final RejectionPublisher rejections;
    private final ArticleIngestRoutes routes;

    /**
     * @param settings    where and how to publish (its max input size bounds request bodies)
     * @param serdeConfig the Avro serializer's settings
     */
    public HttpIngestion(ProducerSettings settings, Map<String, Object> serdeConfig) {
        this(settings, RegistrySerializers.forRecords(serdeConfig), RegistrySerializers.forRecords(serdeConfig));
    }

    /** As {@link #HttpIngestion(ProducerSettings, Map)}, with the value serializers given (e.g. by {@code newsflow produce}). */
    public HttpIngestion(ProducerSettings settings, Serializer<Article> articleSerializer, Serializer<RejectedInput> rejectionSerializer) {
        this.articles = new KafkaProducer<>(settings.kafkaConfig("newsflow-http-articles"), new StringSerializer(), articleSerializer);
        this.rejections = new RejectionPublisher(settings, rejectionSerializer, new PublishSummary());
        this.routes = new ArticleIngestRoutes(articles, settings.articlesTopic(), rejections::reject,
            settings.maxInputBytes(), Clock.systemUTC());
    }

    /** Installs {@code POST /articles}. */
    public void install(Javalin app) {
        routes.install(app);
    }

    @Override
    public void close() {
        articles.close();
        rejections.close();
    }
}
