package io.newsflow.app.http.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newsflow.app.dev.RecordCounts;
import io.newsflow.avro.Article;
import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.streams.topology.AvroSerdes;
import io.newsflow.streams.topology.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background consumer of all of newsflow's topics (every partition, read_committed, from the
 * beginning): it counts every record for {@code /api/stats}, and turns records that arrive while
 * it runs into live events: each article on articles.enriched and each decision on
 * articles.duplicates (titled from the parsed article it saw on articles.raw). Records that cannot
 * be decoded are counted and not announced.
 */
public final class PipelineFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineFeed.class);
    /** Parsed articles remembered to title the duplicate events that follow them. */
    private static final int RECENT_RAW = 10_000;

    /** Receives live events on the feed's thread; must not block. */
    public interface Listener {
        /** A unique article was published. */
        void article(ArticleJson.Item item);

        /** A duplicate was reported (also a correction of an article published before). */
        void duplicate(ArticleJson.Item item);

        /** Counts changed (called once per batch of records). */
        void counted();
    }

    private final RecordCounts counts;
    private final String bootstrapServers;
    private final Listener listener;
    private final Deserializer<Article> articles;
    private final Deserializer<EnrichedArticle> enriched;
    private final Deserializer<DuplicateDetected> duplicates;
    private final Map<String, Article> recentRaw = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Article> eldest) {
            return size() > RECENT_RAW;
        }
    };
    private final Thread thread;
    private volatile boolean running = true;
    private volatile KafkaConsumer<byte[], byte[]> consumer;

    /**
     * @param bootstrapServers the cluster
     * @param serdeConfig      the registry serde settings, to decode live records
     * @param counts           where records are counted (of {@link TopicNames#ARTICLES})
     * @param listener         receives live events
     */
    public PipelineFeed(String bootstrapServers, Map<String, Object> serdeConfig, RecordCounts counts, Listener listener) {
        this.bootstrapServers = bootstrapServers;
        this.counts = counts;
        this.listener = listener;
        this.articles = AvroSerdes.<Article>specific(serdeConfig).deserializer();
        this.enriched = AvroSerdes.<EnrichedArticle>specific(serdeConfig).deserializer();
        this.duplicates = AvroSerdes.<DuplicateDetected>specific(serdeConfig).deserializer();
        this.thread = new Thread(this::run, "newsflow-api-feed");
        thread.setDaemon(true);
    }

    /** Starts the consumer thread. */
    public PipelineFeed start() {
        thread.start();
        return this;
    }

    private void run() {
        try (KafkaConsumer<byte[], byte[]> reader = RecordCounts.committedConsumer(bootstrapServers, TopicNames.ARTICLES)) {
            consumer = reader;
            reader.seekToBeginning(reader.assignment());
            // what is there already is counted; only what arrives from now on is announced
            Map<TopicPartition, Long> liveFrom = reader.endOffsets(reader.assignment());
            while (running) {
                List<ConsumerRecord<byte[], byte[]>> batch = new java.util.ArrayList<>();
                reader.poll(Duration.ofMillis(500)).forEach(batch::add);
                for (ConsumerRecord<byte[], byte[]> record : batch) {
                    counts.add(record);
                    if (record.offset() >= liveFrom.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L)) {
                        announce(record);
                    }
                }
                if (!batch.isEmpty()) {
                    listener.counted();
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("The API's pipeline feed stopped: /api/stats and /api/events no longer update", e);
        }
    }

    private void announce(ConsumerRecord<byte[], byte[]> record) {
        try {
            switch (record.topic()) {
                case TopicNames.ARTICLES_RAW -> remember(articles.deserialize(record.topic(), record.headers(), record.value()));
                case TopicNames.ARTICLES_ENRICHED -> listener.article(ArticleJson.item(enriched.deserialize(record.topic(),
                    record.headers(), record.value())));
                case TopicNames.ARTICLES_DUPLICATES -> {
                    DuplicateDetected d = duplicates.deserialize(record.topic(), record.headers(), record.value());
                    listener.duplicate(ArticleJson.item(d, recentRaw.get(d.getArticleId())));
                }
                default -> {
                    // rejected inputs and dead letters are counted only
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("Not announcing record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.toString());
        }
    }

    private void remember(Article article) {
        if (article != null) {
            // the title and URL are what a duplicate event needs; the text would only take memory
            article.setBody(List.of());
            article.setLead(null);
            article.setEditorsNote(null);
            recentRaw.put(article.getArticleId(), article);
        }
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<byte[], byte[]> reader = consumer;
        if (reader != null) {
            reader.wakeup();
        }
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
