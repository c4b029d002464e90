package io.newsflow.producer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.newsflow.avro.Article;
import io.newsflow.avro.InputFormat;
import io.newsflow.avro.RejectedInput;
import io.newsflow.avro.RejectionReason;
import io.newsflow.producer.parse.Rejection;

class PublishersTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    static Article article(String id, InputFormat format) {
        return Article.newBuilder().setArticleId(id).setTitle("T " + id).setIngestedAt(NOW).setInputFormat(format).setOrigin("f.txt").build();
    }

    private static <T> Serializer<T> noBytes() {
        return (topic, value) -> new byte[0];
    }

    @Test
    void shouldKeyByArticleIdAndCountAcksPerFormatWhenSendsSucceed() {
        MockProducer<String, Article> mock = new MockProducer<>(true, null, new StringSerializer(), noBytes());
        PublishSummary summary = new PublishSummary();
        try (ArticlePublisher publisher = new ArticlePublisher(mock, "articles.raw", summary)) {
            publisher.publish(article("a", InputFormat.TEXT));
            publisher.publish(article("b", InputFormat.JSON));
            publisher.publish(article("c", InputFormat.JSON));
            publisher.flush();
        }
        assertThat(mock.history()).extracting(r -> r.key()).containsExactly("a", "b", "c");
        assertThat(mock.history()).allMatch(r -> r.topic().equals("articles.raw"));
        assertThat(summary.published()).isEqualTo(3);
        assertThat(summary.publishedByFormat()).containsEntry(InputFormat.JSON, 2L).containsEntry(InputFormat.TEXT, 1L);
        assertThat(summary.failed()).isZero();
    }

    @Test
    void shouldCountFailuresWithTheirCauseWhenTheBrokerRefuses() {
        MockProducer<String, Article> mock = new MockProducer<>(false, null, new StringSerializer(), noBytes());
        PublishSummary summary = new PublishSummary();
        ArticlePublisher publisher = new ArticlePublisher(mock, "articles.raw", summary);
        publisher.publish(article("ok", InputFormat.HTML));
        publisher.publish(article("lost", InputFormat.HTML));
        mock.completeNext();
        mock.errorNext(new TimeoutException("broker unavailable"));
        assertThat(summary.published()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.failures()).singleElement().asString().contains("lost").contains("broker unavailable");
        assertThat(summary.render()).contains("failed: 1").contains("FAILED: article lost");
    }

    @Test
    void shouldRejectAsTooLargeInsteadOfFailingWhenKafkaRefusesTheArticleSize() {
        MockProducer<String, Article> mock = new MockProducer<>(false, null, new StringSerializer(), noBytes());
        PublishSummary summary = new PublishSummary();
        List<Rejection> rejected = new java.util.ArrayList<>();
        ArticlePublisher publisher = new ArticlePublisher(mock, "articles.raw", summary, rejected::add);
        publisher.publish(article("huge", InputFormat.TEXT));
        mock.errorNext(new org.apache.kafka.common.errors.RecordTooLargeException("The message is 3145828 bytes when serialized"));
        assertThat(rejected).as("handed over in the caller's thread, not the callback").isEmpty();
        publisher.flush();
        assertThat(summary.failed()).isZero();
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(RejectionReason.TOO_LARGE);
            assertThat(r.origin()).isEqualTo("f.txt");
            assertThat(r.reason()).contains("huge").contains("3145828 bytes");
            assertThat(r.rawInput()).startsWith("T huge");
        });
    }

    @Test
    void shouldCountAFailureWhenSerializationThrowsInsideSend() {
        Serializer<Article> broken = (topic, value) -> {
            throw new org.apache.kafka.common.errors.SerializationException("schema refused");
        };
        MockProducer<String, Article> mock = new MockProducer<>(true, null, new StringSerializer(), broken);
        PublishSummary summary = new PublishSummary();
        new ArticlePublisher(mock, "articles.raw", summary).publish(article("x", InputFormat.TEXT));
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.failures().get(0)).contains("schema refused");
    }

    @Test
    void shouldRecordEveryRejectionWithLocationKeyWhenPublished() {
        MockProducer<String, RejectedInput> mock = new MockProducer<>(true, null, new StringSerializer(), noBytes());
        PublishSummary summary = new PublishSummary();
        try (RejectionPublisher publisher = new RejectionPublisher(mock, "articles.rejected", summary)) {
            publisher.reject(Rejection.ofText("feed.ndjson", 2, RejectionReason.MISSING_FIELD, "line 2: field 'body' is missing",
                    "{\"title\":\"B\"}", InputFormat.JSON, NOW));
            publisher.reject(Rejection.ofBytes("big.txt", null, RejectionReason.TOO_LARGE, "too large", new byte[10], InputFormat.UNKNOWN, NOW));
            publisher.flush();
        }
        assertThat(mock.history()).extracting(r -> r.key()).containsExactly("feed.ndjson:2", "big.txt");
        RejectedInput first = mock.history().get(0).value();
        assertThat(first.getReasonCode()).isEqualTo(RejectionReason.MISSING_FIELD);
        assertThat(first.getRawInput()).isEqualTo("{\"title\":\"B\"}");
        assertThat(first.getLine()).isEqualTo(2);
        assertThat(summary.rejections()).hasSize(2);
        assertThat(summary.rejectionsRecorded()).isEqualTo(2);
        assertThat(summary.render()).contains("MISSING_FIELD").contains("feed.ndjson:2");
    }

    @Test
    void shouldPublishArticlesAndRejectionsWhenIngestingMixedInputs() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ingest");
        java.nio.file.Files.writeString(dir.resolve("a.txt"), "Title Line\n\nFirst paragraph of the article.\n\nSecond paragraph.");
        java.nio.file.Files.writeString(dir.resolve("b.ndjson"), "{\"title\":\"X\",\"body\":\"Text.\"}\n{\"title\":\"Y\"}\n");
        java.nio.file.Files.write(dir.resolve("c.txt"), new byte[0]);
        MockProducer<String, Article> articles = new MockProducer<>(true, null, new StringSerializer(), noBytes());
        MockProducer<String, RejectedInput> rejects = new MockProducer<>(true, null, new StringSerializer(), noBytes());
        PublishSummary summary = new PublishSummary();
        Ingestor ingestor = new Ingestor(new InputCollector(1024, java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC), System.in),
                new io.newsflow.producer.parse.ArticleParser(),
                new ArticlePublisher(articles, "articles.raw", summary), new RejectionPublisher(rejects, "articles.rejected", summary));
        int[] steps = {0};
        ingestor.ingest(List.of(dir.toString()), () -> steps[0]++);
        assertThat(steps[0]).isEqualTo(3);
        assertThat(summary.published()).isEqualTo(2);
        assertThat(summary.rejections()).extracting(Rejection::code).containsExactlyInAnyOrder(RejectionReason.MISSING_FIELD, RejectionReason.EMPTY);
        assertThat(rejects.history()).hasSize(2);
    }
}
