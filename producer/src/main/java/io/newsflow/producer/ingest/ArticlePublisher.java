package io.newsflow.producer.ingest;

import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.newsflow.avro.Article;
import io.newsflow.avro.RejectionReason;
import io.newsflow.producer.parse.Rejection;

/**
 * Publishes articles to the articles topic, keyed by {@code articleId} so every version of one
 * article lands on one partition in order. The producer is idempotent with {@code acks=all} (see
 * {@link ProducerSettings#kafkaConfig}); every send has a callback that counts the acknowledgement or
 * the failure in the shared {@link PublishSummary}, so {@link #flush()} returns exact numbers.
 *
 * <p>An article larger than Kafka accepts ({@code max.request.size}, the broker's
 * {@code message.max.bytes}) is not a failure to retry but a bad input: with a rejection sink it
 * is recorded as a {@code TOO_LARGE} rejection, so every input still ends on the articles topic
 * or the rejected topic. The rejection is handed over on the next {@link #publish} or
 * {@link #flush}, in the caller's thread, never from the producer's I/O thread.
 */
public final class ArticlePublisher implements ArticleSink, AutoCloseable {
    private final Producer<String, Article> producer;
    private final String topic;
    private final PublishSummary summary;
    private final RejectionSink oversize;
    private final Queue<Rejection> oversizeRejections = new ConcurrentLinkedQueue<>();

    /** Wraps an existing producer (a {@code MockProducer} in tests); oversize articles count as failures. */
    public ArticlePublisher(Producer<String, Article> producer, String topic, PublishSummary summary) {
        this(producer, topic, summary, null);
    }

    /**
     * Wraps an existing producer.
     *
     * @param oversize where articles too large for Kafka go as {@code TOO_LARGE} rejections, or null to count them as failures
     */
    public ArticlePublisher(Producer<String, Article> producer, String topic, PublishSummary summary, RejectionSink oversize) {
        this.producer = producer;
        this.topic = topic;
        this.summary = summary;
        this.oversize = oversize;
    }

    /** Creates a Kafka producer from the settings, with the given value serializer (the registry's, or a test one). */
    public ArticlePublisher(ProducerSettings settings, Serializer<Article> valueSerializer, PublishSummary summary) {
        this(settings, valueSerializer, summary, null);
    }

    /** As {@link #ArticlePublisher(ProducerSettings, Serializer, PublishSummary)}, rejecting oversize articles to {@code oversize}. */
    public ArticlePublisher(ProducerSettings settings, Serializer<Article> valueSerializer, PublishSummary summary,
                            RejectionSink oversize) {
        this(new KafkaProducer<>(settings.kafkaConfig("newsflow-producer-articles"), new StringSerializer(), valueSerializer),
                settings.articlesTopic(), summary, oversize);
    }

    @Override
    public void publish(Article article) {
        rejectOversize();
        String id = article.getArticleId();
        try {
            producer.send(new ProducerRecord<>(topic, id, article), (metadata, error) -> {
                if (error == null) {
                    summary.published(article.getInputFormat());
                } else if (error instanceof RecordTooLargeException && oversize != null) {
                    oversizeRejections.add(tooLarge(article, error));
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
        rejectOversize();
        return summary;
    }

    private void rejectOversize() {
        for (Rejection rejection = oversizeRejections.poll(); rejection != null; rejection = oversizeRejections.poll()) {
            oversize.reject(rejection);
        }
    }

    private static Rejection tooLarge(Article article, Exception error) {
        StringBuilder text = new StringBuilder(article.getTitle());
        for (var block : article.getBody()) {
            if (text.length() > Rejection.MAX_RAW_CHARS) {
                break;
            }
            text.append("\n\n").append(block.getText());
        }
        String origin = article.getOrigin() == null ? "article " + article.getArticleId() : article.getOrigin();
        return new Rejection(origin, null, RejectionReason.TOO_LARGE, "article " + article.getArticleId()
                + " is too large for Kafka: " + error.getMessage(), text.toString(), -1, article.getInputFormat(), Instant.now());
    }

    @Override
    public void close() {
        producer.close();
    }
}
