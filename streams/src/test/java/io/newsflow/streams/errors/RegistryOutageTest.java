package io.newsflow.streams.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.newsflow.registry.client.RestClientException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class RegistryOutageTest {
    private static final ConsumerRecord<byte[], byte[]> RECORD = new ConsumerRecord<>("articles.raw", 1, 7L, new byte[] {1},
        new byte[] {0, 0, 0, 0, 1});

    private static SerializationException wrapped(RuntimeException cause) {
        return new SerializationException("Cannot deserialize Avro data of topic 'articles.raw'", cause);
    }

    @Test
    void shouldSeeAnOutageWhenTheRegistryIsUnreachableOrAnswersTransiently() {
        assertThat(RegistryOutage.isCause(wrapped(new UncheckedIOException("unreachable", new IOException("refused"))))).isTrue();
        assertThat(RegistryOutage.isCause(wrapped(new RestClientException("busy", 503, 50003)))).isTrue();
        assertThat(RegistryOutage.isCause(wrapped(new RestClientException("timeout", 408, 408)))).isTrue();
    }

    @Test
    void shouldBlameTheRecordWhenTheSchemaIsUnknownOrTheBytesAreBad() {
        assertThat(RegistryOutage.isCause(wrapped(new RestClientException("Schema 99 not found", 404, 40403)))).isFalse();
        assertThat(RegistryOutage.isCause(new SerializationException("unknown magic byte 0x55"))).isFalse();
        assertThat(RegistryOutage.isCause(new SerializationException("truncated", new java.io.EOFException()))).isFalse();
    }

    @Test
    void shouldFailTheTaskInsteadOfDeadLetteringWhenTheRegistryIsDown() {
        DeadLetterDeserializationExceptionHandler handler = new DeadLetterDeserializationExceptionHandler();
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "articles.dlq"));

        var outage = handler.handleError(context(), RECORD, wrapped(new UncheckedIOException("unreachable", new IOException())));
        assertThat(outage.result()).isEqualTo(DeserializationExceptionHandler.Result.FAIL);
        assertThat(outage.deadLetterQueueRecords()).isEmpty();

        var poison = handler.handleError(context(), RECORD, new SerializationException("unknown magic byte 0x01"));
        assertThat(poison.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        assertThat(poison.deadLetterQueueRecords()).singleElement().satisfies(r -> assertThat(r.topic()).isEqualTo("articles.dlq"));
    }

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            @Override
            public String topic() {
                return RECORD.topic();
            }

            @Override
            public int partition() {
                return RECORD.partition();
            }

            @Override
            public long offset() {
                return RECORD.offset();
            }

            @Override
            public org.apache.kafka.common.header.Headers headers() {
                return new RecordHeaders();
            }

            @Override
            public String processorNodeId() {
                return "articles-raw-source";
            }

            @Override
            public TaskId taskId() {
                return new TaskId(0, 1);
            }

            @Override
            public long timestamp() {
                return 0;
            }

            @Override
            public byte[] sourceRawKey() {
                return RECORD.key();
            }

            @Override
            public byte[] sourceRawValue() {
                return RECORD.value();
            }
        };
    }
}
