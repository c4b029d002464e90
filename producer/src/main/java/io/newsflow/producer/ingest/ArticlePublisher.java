package io.newsflow.producer.ingest;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.newsflow.avro.Article;

/**
 * Publishes articles to the articles topic, keyed by {@code articleId} so every version of one
 * article lands on one partition in order. The producer is idempotent with {@code acks=all} (see
 * {@link ProducerSettings#kafkaConfig}); every send has a callback that counts the acknowledgement or
 * the failure in the shared {@link PublishSummary}, so {@link #flush()} returns exact numbers.
 */
public final class ArticlePublisher implements ArticleSink, AutoCloseable {
    private final Producer<String, Article> producer;
    private final String topic;
    private final PublishSummary summary;

    /** Wraps an existing producer (a {@code MockProducer} in tests). */
    public ArticlePublisher(Producer<String, Article> producer, String topic, PublishSummary summary) {
        this.producer = producer;
        this.topic = topic;
        this.summary = summary;
    }

    /** Creates a Kafka producer from the settings, with the given value serializer (the registry's, or a test one). */
    public ArticlePublisher(ProducerSettings settings, Serializer<Article> valueSerializer, PublishSummary summary) {
        this(new KafkaProducer<>(settings.kafkaConfig("newsflow-producer-articles"), new StringSerializer(), valueSerializer),
                settings.articlesTopic(), summary);
    }

    @Override
    public void publish(Article article) {
        String id = article.getArticleId();
        try {
            producer.send(new ProducerRecord<>(topic, id, article), (metadata, error) -> {
                if (error == null) {
                    summary.published(article.getInputFormat());
                } else {
                    summary.failed(article.getInputFormat(), "article " + id + " from " + article.getOrigin(), error);
                }
            });
        } catch (RuntimeException e) {
            // serialization and buffer errors are thrown by send() itself, not given to the callback
            summary.failed(article.getInputFormat(), "article " + id + " from " + article.getOrigin(), e);
        }
    }

    /** Waits until every sent article is acknowledged or failed; returns the shared summary. */
    public PublishSummary flush() {
        producer.flush();
        return summary;
    }

    @Override
    public void close() {
        producer.close();
    }
}
