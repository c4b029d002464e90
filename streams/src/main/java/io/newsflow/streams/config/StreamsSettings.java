package io.newsflow.streams.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import io.newsflow.streams.dedup.DedupConfig;
import io.newsflow.streams.errors.DeadLetterProductionExceptionHandler;
import io.newsflow.streams.topology.TopicNames;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/**
 * The streams application's settings, typed and validated when built: a bad value fails at
 * start-up with a message naming the key and the value, not minutes later inside Kafka.
 *
 * @param applicationId      {@code application.id}: the consumer group and the prefix of internal topics
 * @param bootstrapServers   {@code bootstrap.servers}
 * @param schemaRegistryUrl  {@code schema.registry.url} (comma-separated URLs, or {@code mock://scope} in tests)
 * @param stateDir           {@code state.dir}: where RocksDB state lives
 * @param numStreamThreads   {@code num.stream.threads}
 * @param processingGuarantee {@code processing.guarantee}: {@code exactly_once_v2} or {@code at_least_once}
 * @param commitIntervalMs   {@code commit.interval.ms}
 * @param extra              further Kafka client settings passed through unchanged
 * @param dedup              deduplication settings ({@code dedup.*} keys)
 */
public record StreamsSettings(String applicationId, String bootstrapServers, String schemaRegistryUrl, Path stateDir,
                              int numStreamThreads, String processingGuarantee, long commitIntervalMs,
                              Map<String, String> extra, DedupConfig dedup) {

    /** The application id used when none is configured. */
    public static final String DEFAULT_APPLICATION_ID = "newsflow";

    public StreamsSettings {
        require("application.id", applicationId, applicationId != null && applicationId.matches("[A-Za-z0-9._-]+"),
            "letters, digits, '.', '_' or '-'");
        require("bootstrap.servers", bootstrapServers, bootstrapServers != null
            && bootstrapServers.matches("[^\\s,]+:\\d{1,5}(,[^\\s,]+:\\d{1,5})*"), "host:port[,host:port...]");
        require("schema.registry.url", schemaRegistryUrl, schemaRegistryUrl != null
            && schemaRegistryUrl.matches("(?i)(https?|mock)://.+"), "http(s)://host:port[,...] or mock://scope");
        require("state.dir", stateDir, stateDir != null, "a directory");
        require("num.stream.threads", numStreamThreads, numStreamThreads >= 1 && numStreamThreads <= 64, "1 to 64");
        require("processing.guarantee", processingGuarantee,
            StreamsConfig.EXACTLY_ONCE_V2.equals(processingGuarantee) || StreamsConfig.AT_LEAST_ONCE.equals(processingGuarantee),
            "exactly_once_v2 or at_least_once");
        require("commit.interval.ms", commitIntervalMs, commitIntervalMs >= 0, "0 or more");
        extra = Map.copyOf(extra == null ? Map.of() : extra);
        dedup = dedup == null ? DedupConfig.defaults() : dedup;
    }

    /**
     * Settings for a local run: exactly-once, one thread, a 100 ms commit interval for low
     * latency, and a 10 s consumer session so a restart after a crash resumes quickly. An article
     * crosses five transactional hops, so latency is about five commit intervals: 30 ms brings p99
     * near half a second at the cost of ~40 % of the throughput (measured in docs/benchmark.md);
     * a second stream thread on two cores cost more than it gave there.
     */
    public static StreamsSettings local(String bootstrapServers, String schemaRegistryUrl, Path stateDir) {
        return new StreamsSettings(DEFAULT_APPLICATION_ID, bootstrapServers, schemaRegistryUrl, stateDir, 1,
            StreamsConfig.EXACTLY_ONCE_V2, 100, Map.of(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), "10000"),
            DedupConfig.defaults());
    }

    /** The keys {@link #fromMap} reads itself; any other key is passed to Kafka unchanged. */
    public static final java.util.Set<String> KEYS = java.util.Set.of("application.id", "bootstrap.servers",
        "schema.registry.url", "state.dir", "num.stream.threads", "processing.guarantee", "commit.interval.ms");

    /**
     * Settings from dotted keys (a properties file, environment, flags merged); unknown keys are
     * passed to Kafka unchanged. Defaults: application id {@code newsflow}, exactly-once, one thread.
     */
    public static StreamsSettings fromMap(Map<String, String> settings) {
        Map<String, String> extra = new HashMap<>(settings);
        KEYS.forEach(extra::remove);
        extra.keySet().removeIf(k -> k.startsWith("dedup."));
        return new StreamsSettings(
            settings.getOrDefault("application.id", DEFAULT_APPLICATION_ID),
            settings.get("bootstrap.servers"),
            settings.get("schema.registry.url"),
            Path.of(settings.getOrDefault("state.dir", System.getProperty("java.io.tmpdir") + "/newsflow-streams")),
            parseInt(settings, "num.stream.threads", 1),
            settings.getOrDefault("processing.guarantee", StreamsConfig.EXACTLY_ONCE_V2),
            parseLong(settings, "commit.interval.ms", 100),
            extra,
            DedupConfig.fromMap(settings));
    }

    private static int parseInt(Map<String, String> settings, String key, int fallback) {
        return (int) parseLong(settings, key, fallback);
    }

    private static long parseLong(Map<String, String> settings, String key, long fallback) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value '" + value + "' for configuration " + key + ": expected a whole number");
        }
    }

    /** A copy with another application id (tests run several applications on one broker). */
    public StreamsSettings withApplicationId(String id) {
        return new StreamsSettings(id, bootstrapServers, schemaRegistryUrl, stateDir, numStreamThreads,
            processingGuarantee, commitIntervalMs, extra, dedup);
    }

    /** The configuration of the serdes: Confluent's key names. */
    public Map<String, Object> serdeConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put("schema.registry.url", schemaRegistryUrl);
        extra.forEach((k, v) -> {
            if (k.startsWith("schema.registry.") || k.startsWith("basic.auth.") || k.startsWith("bearer.auth.")
                || k.equals("auto.register.schemas") || k.equals("use.latest.version") || k.endsWith("subject.name.strategy")) {
                config.put(k, v);
            }
        });
        return config;
    }

    /** The {@code StreamsConfig} properties. */
    public Properties toProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, numStreamThreads);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitIntervalMs);
        // ~2-10 KB records: a bigger batch lets one transaction carry many articles (measured ~3x)
        p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 262_144);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 10);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // a poison record never stops the pipeline: it goes to the dead-letter topic with its cause
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, TopicNames.ARTICLES_DLQ);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionExceptionHandler.class);
        p.putAll(extra);
        return p;
    }

    private static void require(String key, Object value, boolean ok, String expected) {
        if (!ok) {
            throw new IllegalArgumentException("Invalid value '" + value + "' for configuration " + key + ": expected " + expected);
        }
    }
}
