package io.newsflow.app.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import io.newsflow.app.dev.RecordCounts;
import io.newsflow.streams.dedup.stream.LateMatchProcessor;
import io.newsflow.streams.topology.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The counters and the reconciliation formula of /api/stats. */
class StatsJsonTest {

    private static void add(RecordCounts counts, String topic, int n) {
        IntStream.range(0, n).forEach(i -> counts.add(new ConsumerRecord<>(topic, 0, i, null, null)));
    }

    @Test
    void shouldBalanceWhenEveryInputHasOneOutcomeIncludingACorrection() {
        RecordCounts counts = new RecordCounts(TopicNames.ARTICLES);
        add(counts, TopicNames.ARTICLES_RAW, 14);        // 13 articles and one unreadable record
        add(counts, TopicNames.ARTICLES_REJECTED, 2);
        add(counts, TopicNames.ARTICLES_ENRICHED, 11);    // one of them later corrected
        add(counts, TopicNames.ARTICLES_DUPLICATES, 2);
        ConsumerRecord<byte[], byte[]> correction = new ConsumerRecord<>(TopicNames.ARTICLES_DUPLICATES, 0, 9, null, null);
        correction.headers().add(LateMatchProcessor.CORRECTION_HEADER, "true".getBytes());
        counts.add(correction);
        add(counts, TopicNames.ARTICLES_DLQ, 1);

        StatsJson.Counters counters = StatsJson.Counters.of(counts);

        assertThat(counters).isEqualTo(new StatsJson.Counters(16, 10, 3, 1, 2, 1, 14, 11));
        assertThat(counters.reconcile()).isEqualTo(new StatsJson.Reconciliation(16, 16, true));
    }

    @Test
    void shouldNotBalanceWhenAnArticleIsInFlight() {
        RecordCounts counts = new RecordCounts(TopicNames.ARTICLES);
        add(counts, TopicNames.ARTICLES_RAW, 3);
        add(counts, TopicNames.ARTICLES_ENRICHED, 2);

        assertThat(StatsJson.Counters.of(counts).reconcile()).isEqualTo(new StatsJson.Reconciliation(3, 2, false));
    }
}
