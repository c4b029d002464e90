package io.newsflow.app.dev;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import io.newsflow.app.embedded.EmbeddedKafka;
import io.newsflow.app.http.DashboardRoutes;
import io.newsflow.app.http.HttpApi;
import io.newsflow.app.http.api.NewsflowApi;
import io.newsflow.app.metrics.AppMetrics;
import io.newsflow.producer.ingest.ProducerSettings;
import io.newsflow.registry.server.SchemaRegistryServer;
import io.newsflow.registry.server.SchemaRegistryServerConfig;
import io.newsflow.streams.config.StreamsSettings;
import io.newsflow.streams.topology.AvroSerdes;
import io.newsflow.streams.topology.NewsflowSerdes;
import io.newsflow.streams.topology.NewsflowTopology;
import io.newsflow.streams.topology.TopicNames;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole of newsflow on one machine: a real Kafka broker, the Schema Registry, the topics,
 * the streams application and the HTTP port, started in dependency order and closed in reverse.
 * Every component talks to the others over the network exactly as it would in production.
 */
public final class DevStack implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DevStack.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private EmbeddedKafka kafka;
    private SchemaRegistryServer registry;
    private volatile StreamsRunner streams;
    private HttpApi http;
    private NewsflowApi api;
    private AppMetrics metrics;
    private StreamsSettings streamsSettings;
    private TopologyDescription topologyDescription;

    private DevStack() {
    }

    /** Starts every component; if one fails, those already started are closed again. */
    public static DevStack start(DevOptions options) {
        DevStack stack = new DevStack();
        try {
            stack.startAll(options);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(DevOptions options) {
        metrics = track(new AppMetrics());
        kafka = track(EmbeddedKafka.start(options.dataDir().resolve("kafka"), options.kafkaPort()));
        registry = track(SchemaRegistryServer.start(new SchemaRegistryServerConfig(
            "127.0.0.1", options.registryPort(), kafka.bootstrapServers(), "_schemas")));
        new TopicProvisioner(kafka.bootstrapServers(), options.partitions(), (short) 1).ensure(TopicNames.ALL);

        streamsSettings = StreamsSettings.local(kafka.bootstrapServers(), registry.url(), options.dataDir().resolve("streams"));
        NewsflowSerdes serdes = AvroSerdes.create(streamsSettings.serdeConfig());
        ProducerSettings producer = producerSettings();
        HttpIngestion ingestion = track(new HttpIngestion(producer, serdeConfig()));
        api = track(new NewsflowApi(kafka.bootstrapServers(), serdeConfig()).start());
        // HTTP first: its port is the application.server other instances would forward queries to
        http = track(HttpApi.start(options.httpPort(), producer.maxInputBytes(), this::streamsStateOrNull, app -> {
            metrics.install(app);
            ingestion.install(app);
            api.install(app);
            new DashboardRoutes().install(app);
        }));
        streamsSettings = streamsSettings.withApplicationServer(HttpApi.LOOPBACK + ":" + http.port());
        Topology topology = NewsflowTopology.buildTopology(streamsSettings, serdes, metrics.pipeline());
        topologyDescription = topology.describe();
        StreamsRunner runner = track(new StreamsRunner(topology, streamsSettings.toProperties()));
        api.attach(runner.streams(), streamsSettings.applicationServer().orElseThrow());
        streams = runner.start(Duration.ofSeconds(120));
        metrics.bindStreams(streams.streams());
        LOG.info("newsflow dev stack started");
    }

    private org.apache.kafka.streams.KafkaStreams.State streamsStateOrNull() {
        StreamsRunner runner = streams;
        return runner == null ? null : runner.streams().state();
    }

    private <T extends AutoCloseable> T track(T component) {
        started.push(component);
        return component;
    }

    /** Parses and publishes {@code paths} (or the bundled samples when empty); returns once Kafka acknowledged all. */
    public IngestReport ingest(java.util.List<java.nio.file.Path> paths) {
        return new IngestRun(producerSettings(), serdeConfig()).ingest(paths);
    }

    private ProducerSettings producerSettings() {
        return ProducerSettings.fromMap(Map.of(
            ProducerSettings.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
            ProducerSettings.SCHEMA_REGISTRY_URL, registry.url()));
    }

    /** {@code bootstrap.servers} of the embedded broker. */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The Schema Registry's URL. */
    public String schemaRegistryUrl() {
        return registry.url();
    }

    /** The app's HTTP base URL. */
    public String httpUrl() {
        return http.url();
    }

    /** The query API (its live-event hub, for tests). */
    public NewsflowApi api() {
        return api;
    }

    /** The settings the streams application runs with. */
    public StreamsSettings streamsSettings() {
        return streamsSettings;
    }

    /** A check of whether the streams application has consumed all its input (the caller closes it). */
    public StreamsBacklog backlog() {
        return new StreamsBacklog(kafka.bootstrapServers(), streamsSettings.applicationId(), topologyDescription);
    }

    /** The streams application's state. */
    public org.apache.kafka.streams.KafkaStreams.State streamsState() {
        return streams.streams().state();
    }

    /** The serde settings of producers and consumers talking to this stack. */
    public Map<String, Object> serdeConfig() {
        return streamsSettings.serdeConfig();
    }

    /** Closes every started component, newest first; errors are logged, not thrown, so all get closed. */
    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            AutoCloseable component = started.pop();
            try {
                component.close();
            } catch (Exception e) {
                LOG.warn("Error while closing {}: {}", component.getClass().getSimpleName(), e.getMessage(), e);
            }
        }
    }
}
