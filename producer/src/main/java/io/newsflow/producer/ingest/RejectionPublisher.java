package io.newsflow.producer.ingest;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.newsflow.avro.RejectedInput;
import io.newsflow.producer.parse.Rejection;

/**
 * Records rejected inputs on the rejected topic as {@code RejectedInput} events, keyed by the input's
 * location ({@code origin} or {@code origin:line}), so a bad input never vanishes. Every rejection is
 * counted in the {@link PublishSummary} at once, and again when its record is acknowledged or fails.
 */
public final class RejectionPublisher implements RejectionSink, AutoCloseable {
    private final Producer<String, RejectedInput> producer;
    private final String topic;
    private final PublishSummary summary;

    /** Wraps an existing producer (a {@code MockProducer} in tests). */
    public RejectionPublisher(Producer<String, RejectedInput> producer, String topic, PublishSummary summary) {
        this.producer = producer;
        this.topic = topic;
        this.summary = summary;
    }

    /** Creates a Kafka producer from the settings with the given value serializer. */
    public RejectionPublisher(ProducerSettings settings, Serializer<RejectedInput> valueSerializer, PublishSummary summary) {
        this(new KafkaProducer<>(settings.kafkaConfig("newsflow-producer-rejections"), new StringSerializer(), valueSerializer),
                settings.rejectedTopic(), summary);
    }

    @Override
    public void reject(Rejection rejection) {
        summary.rejected(rejection);
        try {
            producer.send(new ProducerRecord<>(topic, rejection.location(), rejection.toAvro()), (metadata, error) -> {
                if (error == null) {
                    summary.rejectionRecorded();
                } else {
                    summary.rejectionFailed(rejection, error);
                }
            });
        } catch (RuntimeException e) {
            summary.rejectionFailed(rejection, e);
        }
    }

    /** Waits until every rejection record is acknowledged or failed. */
    public PublishSummary flush() {
        producer.flush();
        return summary;
    }

    @Override
    public void close() {
        producer.close();
    }
}
