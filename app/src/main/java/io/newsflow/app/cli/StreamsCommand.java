package io.newsflow.app.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.newsflow.app.config.LayeredConfig;
import io.newsflow.app.dev.StreamsRunner;
import io.newsflow.app.dev.TopicProvisioner;
import io.newsflow.app.http.HttpApi;
import io.newsflow.app.http.api.NewsflowApi;
import io.newsflow.app.metrics.AppMetrics;
import io.newsflow.streams.config.StreamsSettings;
import io.newsflow.streams.topology.AvroSerdes;
import io.newsflow.streams.topology.NewsflowTopology;
import io.newsflow.streams.topology.TopicNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow streams}: runs the streams application against an existing Kafka cluster and
 * Schema Registry until SIGTERM/Ctrl-C. Start several with the same application id to share
 * the partitions.
 */
@Command(name = "streams", mixinStandardHelpOptions = true,
    description = {"Run the streams application (enrich, deduplicate, aggregate) against an existing cluster.",
        "Settings: defaults < --config FILE < NEWSFLOW_*/KAFKA_* environment < flags."})
public final class StreamsCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file of settings (Kafka Streams and serde keys).")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL", description = "Schema Registry URL(s), comma-separated.")
    String schemaRegistryUrl;

    @Option(names = "--application-id", paramLabel = "ID", description = "Kafka Streams application.id (default: newsflow).")
    String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Where local state (RocksDB) lives.")
    Path stateDir;

    @Option(names = "--threads", paramLabel = "N", description = "Stream threads (default: 1).")
    Integer threads;

    @Option(names = "--standby-replicas", paramLabel = "N", description = {
        "Standby replicas of each task's state on other instances (num.standby.replicas, default 0):",
        "with 1, a failed instance's work moves to an instance that already holds its state."})
    Integer standbyReplicas;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080", description = "HTTP port for /api, /health/* and /metrics (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--http-host", paramLabel = "ADDRESS", defaultValue = HttpApi.LOOPBACK,
        description = "Address the HTTP port binds to (default: ${DEFAULT-VALUE}; 0.0.0.0 in a container).")
    String httpHost;

    @Option(names = "--create-topics", description = "Create newsflow's topics when missing (default: true).", negatable = true,
        defaultValue = "true", fallbackValue = "true")
    boolean createTopics;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch running = new CountDownLatch(1);
    private volatile String httpUrl;

    /** Waits until the application is RUNNING and its metrics are bound; false on timeout. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The HTTP base URL once running (useful with {@code --http-port 0}), else null. */
    public String httpUrl() {
        return httpUrl;
    }

    /** Asks a running command to close and return (tests; SIGTERM does the same through a shutdown hook). */
    public void stop() {
        stopped.countDown();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and closes the application
        }
    }

    private void run(StreamsSettings settings, StreamsRunner streams, AppMetrics metrics, HttpApi http) throws InterruptedException {
        // SIGTERM: close streams inside the hook, so the JVM does not exit before a clean close
        Thread hook = new Thread(() -> {
            streams.close();
            stop();
        }, "newsflow-streams-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            streams.start(Duration.ofMinutes(5));
            metrics.bindStreams(streams.streams());
            System.err.println("newsflow streams: " + settings.applicationId() + " running on " + settings.bootstrapServers()
                + "; health on " + http.url() + "/health/ready, metrics on " + http.url() + "/metrics, API on " + http.url()
                + "/api (application.server " + settings.applicationServer().orElseThrow() + ")");
            httpUrl = http.url();
            running.countDown();
            stopped.await();
        } finally {
            removeHook(hook);
        }
    }

    /** The host other instances reach this one at: the bind address, or this machine's name when bound to all. */
    static String advertisedHost(String bindHost) {
        if (!bindHost.equals("0.0.0.0") && !bindHost.equals("::")) {
            return bindHost;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("bound to " + bindHost + " but this machine's name is unknown: set application.server", e);
        }
    }

    /** The settings from the flags over {@code env} over the config file, validated. */
    StreamsSettings settings(Map<String, String> env) {
        Map<String, String> flags = new HashMap<>();
        flags.put("bootstrap.servers", bootstrapServers);
        flags.put("schema.registry.url", schemaRegistryUrl);
        flags.put("application.id", applicationId);
        flags.put("state.dir", stateDir == null ? null : stateDir.toString());
        flags.put("num.stream.threads", threads == null ? null : threads.toString());
        flags.put("num.standby.replicas", standbyReplicas == null ? null : standbyReplicas.toString());
        return StreamsSettings.fromMap(LayeredConfig.resolve(Map.of(), configFile, env, flags));
    }

    @Override
    public Integer call() throws InterruptedException {
        StreamsSettings configured = settings(System.getenv());

        if (createTopics) {
            new TopicProvisioner(configured.bootstrapServers(), 3, (short) -1).ensure(TopicNames.ALL);
        }
        AtomicReference<StreamsRunner> runner = new AtomicReference<>();
        try (AppMetrics metrics = new AppMetrics();
             NewsflowApi api = new NewsflowApi(configured.bootstrapServers(), configured.serdeConfig()).start();
             HttpApi http = HttpApi.start(httpHost, httpPort, HttpApi.DEFAULT_MAX_REQUEST_BYTES,
                 () -> runner.get() == null ? null : runner.get().streams().state(), app -> {
                     metrics.install(app);
                     api.install(app);
                 })) {
            // other instances forward queries to this one's HTTP port unless application.server says otherwise
            StreamsSettings settings = configured.applicationServer().isPresent() ? configured
                : configured.withApplicationServer(advertisedHost(httpHost) + ":" + http.port());
            try (StreamsRunner streams = new StreamsRunner(NewsflowTopology.buildTopology(settings,
                AvroSerdes.create(settings.serdeConfig()), metrics.pipeline()), settings.toProperties())) {
                runner.set(streams);
                api.attach(streams.streams(), settings.applicationServer().orElseThrow());
                run(settings, streams, metrics, http);
            }
        }
        return 0;
    }
}
