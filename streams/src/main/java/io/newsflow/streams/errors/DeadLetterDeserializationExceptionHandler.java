package io.newsflow.streams.errors;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that cannot be decoded goes to the dead-letter topic with its cause and processing
 * goes on (Kafka's {@link LogAndContinueExceptionHandler} with
 * {@code errors.dead.letter.queue.topic.name}) — unless the Schema Registry is unavailable
 * ({@link RegistryOutage}): then the record is good and only its schema cannot be fetched yet, so
 * the task fails and is retried from its last commit (exactly-once makes that safe) instead of
 * dead-lettering every record that arrives during the outage.
 */
public final class DeadLetterDeserializationExceptionHandler implements DeserializationExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationExceptionHandler.class);

    private final LogAndContinueExceptionHandler deadLetters = new LogAndContinueExceptionHandler();

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters.configure(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        if (RegistryOutage.isCause(exception)) {
            LOG.warn("Cannot decode {}-{}@{}: the schema registry is unavailable ({}); failing the task so the record is "
                + "retried, not dead-lettered", record.topic(), record.partition(), record.offset(), exception.getMessage());
            return Response.fail();
        }
        return deadLetters.handleError(context, record, exception);
    }
}
