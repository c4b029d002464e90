package io.newsflow.streams.errors;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a result cannot be written (it does not serialize, or it is larger than the broker
 * accepts), the input record goes to the dead-letter topic with the cause in its headers and
 * processing goes on: one poison record must not stop the pipeline. Transient broker errors are
 * retried; a schema registry that cannot be reached fails the task (retried by the thread
 * replacement) instead of dead-lettering good records; anything else fails the task, as the
 * default handler does.
 */
public final class DeadLetterProductionExceptionHandler implements ProductionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionExceptionHandler.class);

    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? null : topic.toString();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RetriableException) {
            return Response.retry();
        }
        if (exception instanceof RecordTooLargeException) {
            LOG.warn("Record for {} from {}-{}@{} is too large; sent to the dead-letter topic", record.topic(),
                context.topic(), context.partition(), context.offset());
            return Response.resume(deadLetters(context, record.key(), record.value(), exception));
        }
        return Response.fail(deadLetters(context, record.key(), record.value(), exception));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        if (RegistryOutage.isCause(exception)) {
            // the record is fine, the registry is not: fail the task (it is retried) rather than dead-letter it
            LOG.warn("Cannot serialize a record for {}: the schema registry is unavailable ({}); failing the task so it is "
                + "retried, not dead-lettered", record.topic(), exception.getMessage());
            return Response.fail();
        }
        LOG.warn("Cannot serialize the {} of a record for {} from {}-{}@{}: {}; sent to the dead-letter topic",
            origin, record.topic(), context.topic(), context.partition(), context.offset(), exception.getMessage());
        return Response.resume(deadLetters(context, context.sourceRawKey(), context.sourceRawValue(), exception));
    }

    private java.util.List<ProducerRecord<byte[], byte[]>> deadLetters(ErrorHandlerContext context, byte[] key, byte[] value,
                                                                       Exception exception) {
        return ExceptionHandlerUtils.maybeBuildDeadLetterQueueRecords(deadLetterTopic, key, value, context, exception);
    }
}
