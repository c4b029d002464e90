package io.newsflow.streams.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import io.newsflow.registry.client.RestClientConfig;
import io.newsflow.streams.aggregate.StatsConfig;
import io.newsflow.streams.dedup.DedupConfig;
import io.newsflow.streams.errors.DeadLetterDeserializationExceptionHandler;
import io.newsflow.streams.errors.DeadLetterProductionExceptionHandler;
import io.newsflow.streams.topology.TopicNames;
import org.apache.kafka.streams.StreamsConfig;
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
 * @param extra              further Kafka Streams and client settings passed through unchanged, such as
 *                           {@code num.standby.replicas} (validated here: 0 to {@value #MAX_STANDBY_REPLICAS})
 * @param dedup              deduplication settings ({@code dedup.*} keys)
 * @param stats              windowed statistics settings ({@code newsflow.stats.*} keys)
 */
public record StreamsSettings(String applicationId, String bootstrapServers, String schemaRegistryUrl, Path stateDir,
                              int numStreamThreads, String processingGuarantee, long commitIntervalMs,
                              Map<String, String> extra, DedupConfig dedup, StatsConfig stats) {

    /**
     * The most standby replicas accepted: each keeps a full copy of a task's state on another
     * instance, so more than a few only multiplies disk and changelog reads.
     */
    public static final int MAX_STANDBY_REPLICAS = 16;

    /** The application id used when none is configured. */
    public static final String DEFAULT_APPLICATION_ID = "newsflow";

    public StreamsSettings {
        SettingValues.require("application.id", applicationId, applicationId != null && applicationId.matches("[A-Za-z0-9._-]+"),
            "letters, digits, '.', '_' or '-'");
        SettingValues.require("bootstrap.servers", bootstrapServers, bootstrapServers != null
            && bootstrapServers.matches("[^\\s,]+:\\d{1,5}(,[^\\s,]+:\\d{1,5})*"), "host:port[,host:port...]");
        SettingValues.require("schema.registry.url", schemaRegistryUrl, schemaRegistryUrl != null
            && schemaRegistryUrl.matches("(?i)(https?|mock)://.+"), "http(s)://host:port[,...] or mock://scope");
        SettingValues.require("state.dir", stateDir, stateDir != null, "a directory");
        SettingValues.require("num.stream.threads", numStreamThreads, numStreamThreads >= 1 && numStreamThreads <= 64, "1 to 64");
        SettingValues.require("processing.guarantee", processingGuarantee,
            StreamsConfig.EXACTLY_ONCE_V2.equals(processingGuarantee) || StreamsConfig.AT_LEAST_ONCE.equals(processingGuarantee),
            "exactly_once_v2 or at_least_once");
        SettingValues.require("commit.interval.ms", commitIntervalMs, commitIntervalMs >= 0, "0 or more");
        extra = Map.copyOf(extra == null ? Map.of() : extra);
        String standby = extra.get(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG);
        SettingValues.require(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, standby, standby == null
            || standby.trim().matches("\\d{1,2}") && Integer.parseInt(standby.trim()) <= MAX_STANDBY_REPLICAS,
            "a whole number from 0 to " + MAX_STANDBY_REPLICAS);
        dedup = dedup == null ? DedupConfig.defaults() : dedup;
        stats = stats == null ? StatsConfig.defaults() : stats;
        String server = extra.get(APPLICATION_SERVER);
        SettingValues.require(APPLICATION_SERVER, server, server == null || server.matches("[^\\s:/,]+:\\d{1,5}"),
            "host:port where other instances reach this one's HTTP API");
        SettingValues.positiveDuration(extra, INDEX_RETENTION, DEFAULT_INDEX_RETENTION);
    }

    /** Kafka Streams' key: the host:port of this instance's HTTP API, shared with the other instances. */
    public static final String APPLICATION_SERVER = StreamsConfig.APPLICATION_SERVER_CONFIG;
    /** How long articles stay in the article index (ISO-8601 duration). */
    public static final String INDEX_RETENTION = "newsflow.index.retention";
    /** The default of {@link #INDEX_RETENTION}. */
    public static final Duration DEFAULT_INDEX_RETENTION = Duration.ofHours(24);

    /** {@code application.server}: where other instances reach this one's HTTP API, when set. */
    public Optional<String> applicationServer() {
        return Optional.ofNullable(extra.get(APPLICATION_SERVER));
    }

    /** A copy that advertises {@code hostPort} as this instance's {@code application.server}. */
    public StreamsSettings withApplicationServer(String hostPort) {
        Map<String, String> more = new HashMap<>(extra);
        more.put(APPLICATION_SERVER, hostPort);
        return new StreamsSettings(applicationId, bootstrapServers, schemaRegistryUrl, stateDir, numStreamThreads,
            processingGuarantee, commitIntervalMs, more, dedup, stats);
    }

    /** {@code newsflow.index.retention}: how long the article index keeps an article after its ingestion. */
    public Duration indexRetention() {
        return SettingValues.positiveDuration(extra, INDEX_RETENTION, DEFAULT_INDEX_RETENTION);
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
            DedupConfig.defaults(), StatsConfig.defaults());
    }

    /** The keys {@link #fromMap} reads itself; any other key is passed to Kafka unchanged. */
    public static final java.util.Set<String> KEYS = java.util.Set.of("application.id", "bootstrap.servers",
        "schema.registry.url", "state.dir", "num.stream.threads", "processing.guarantee", "commit.interval.ms",
        StatsConfig.GRACE);

    /**
     * Settings from dotted keys (a properties file, environment, flags merged); unknown keys are
     * passed to Kafka unchanged. Defaults: application id {@code newsflow}, exactly-once, one thread.
     */
    public static StreamsSettings fromMap(Map<String, String> settings) {
        Map<String, String> extra = new HashMap<>(settings);
        KEYS.forEach(extra::remove);
        extra.keySet().removeIf(k -> k.startsWith("dedup.") || k.startsWith("newsflow.stats."));
        return new StreamsSettings(
            settings.getOrDefault("application.id", DEFAULT_APPLICATION_ID),
            settings.get("bootstrap.servers"),
            settings.get("schema.registry.url"),
            Path.of(settings.getOrDefault("state.dir", System.getProperty("java.io.tmpdir") + "/newsflow-streams")),
            (int) SettingValues.wholeNumber(settings, "num.stream.threads", 1),
            settings.getOrDefault("processing.guarantee", StreamsConfig.EXACTLY_ONCE_V2),
            SettingValues.wholeNumber(settings, "commit.interval.ms", 100),
            extra,
            DedupConfig.fromMap(settings),
            StatsConfig.fromMap(settings));
    }

    /** A copy with another application id (tests run several applications on one broker). */
    public StreamsSettings withApplicationId(String id) {
        return new StreamsSettings(id, bootstrapServers, schemaRegistryUrl, stateDir, numStreamThreads,
            processingGuarantee, commitIntervalMs, extra, dedup, stats);
    }

    /**
     * The configuration of the serdes: Confluent's key names. Unless {@code schema.registry.max.retries}
     * is set, registry calls are retried for about 90 s ({@link RestClientConfig#withOutageRetries}):
     * a stream thread waits out a registry restart instead of failing records it cannot decode yet.
     */
    public Map<String, Object> serdeConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put("schema.registry.url", schemaRegistryUrl);
        extra.forEach((k, v) -> {
            if (k.startsWith("schema.registry.") || k.startsWith("basic.auth.") || k.startsWith("bearer.auth.")
                || k.equals("auto.register.schemas") || k.equals("use.latest.version") || k.endsWith("subject.name.strategy")) {
                config.put(k, v);
            }
        });
        return RestClientConfig.withOutageRetries(config);
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
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationExceptionHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionExceptionHandler.class);
        // newsflow's own keys are read above; Kafka would warn about them as unknown
        extra.forEach((k, v) -> {
            if (!k.startsWith("newsflow.")) {
                p.put(k, v);
            }
        });
        return p;
    }
}
