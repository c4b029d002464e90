package io.newsflow.app.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.UUID;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft, combined broker and controller) running in this
 * JVM: the embedded default behind {@code newsflow dev} and the integration tests.
 *
 * <p>It drives Kafka's own server classes ({@code KafkaConfig}, the storage {@code Formatter} that
 * {@code kafka-storage format} uses, and {@code KafkaRaftServer}). They are internal APIs, so they
 * are kept behind this one class and the Kafka version is pinned in the root pom; when Kafka is
 * upgraded, {@code EmbeddedKafkaIT} says whether this class still works.
 *
 * <p>Data lives under {@code dataDir}, so a restart on the same directory keeps every topic. The
 * quorum is static ({@code controller.quorum.voters}) because a dynamic quorum cannot restart on
 * an existing log directory with a new controller address, and the cluster id is read back from
 * {@code meta.properties} rather than formatting again (a new id would be refused).
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;

    private final Path dataDir;
    private final int brokerPort;
    private final int controllerPort;
    private KafkaRaftServer server;

    private EmbeddedKafka(Path dataDir, int brokerPort, int controllerPort) {
        this.dataDir = dataDir;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
    }

    /**
     * Starts a broker on 127.0.0.1.
     *
     * @param dataDir    where the log and metadata live; created when missing, reused when formatted
     * @param brokerPort the client port, or 0 for any free port
     * @return the running broker
     */
    public static EmbeddedKafka start(Path dataDir, int brokerPort) {
        int port = brokerPort == 0 ? freePort() : brokerPort;
        EmbeddedKafka kafka = new EmbeddedKafka(dataDir.toAbsolutePath(), port, freePort());
        kafka.startServer();
        return kafka;
    }

    /** The {@code bootstrap.servers} value for clients. */
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** The client port. */
    public int port() {
        return brokerPort;
    }

    /** The directory holding the broker's logs and metadata. */
    public Path dataDir() {
        return dataDir;
    }

    private void startServer() {
        Path logDir = dataDir.resolve("kafka-logs");
        long started = System.nanoTime();
        try {
            Files.createDirectories(logDir);
            KafkaConfig config = new KafkaConfig(BrokerProperties.of(NODE_ID, brokerPort, controllerPort, logDir), false);
            formatIfNeeded(config, logDir);
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            awaitPartitionLeaders(Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Kafka data directory " + logDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("the embedded Kafka broker failed to start on port " + brokerPort
                + " with data in " + logDir + ": " + e.getMessage(), e);
        }
        LOG.info("Embedded Kafka listening on {} (data {}), started in {} ms", bootstrapServers(), logDir,
            (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * On a restart, startup() returns before the broker has taken leadership of the partitions
     * in its logs; a client arriving in that gap gets "This server does not host this
     * topic-partition". Waiting here lets every caller start against a broker that serves.
     */
    private void awaitPartitionLeaders(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (true) {
                Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true))
                    .names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                boolean led = topics.isEmpty() || admin.describeTopics(topics).allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS).values().stream()
                    .flatMap(t -> t.partitions().stream())
                    .allMatch(p -> p.leader() != null && p.leader().id() == NODE_ID);
                if (led) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("partitions still without a leader after " + timeout.toSeconds() + " s");
                }
                Thread.sleep(50); // a retry pause while the broker loads its logs, not a wait for a test condition
            }
        }
    }

    private void formatIfNeeded(KafkaConfig config, Path logDir) throws Exception {
        Path meta = logDir.resolve("meta.properties");
        if (Files.exists(meta)) {
            LOG.info("Reusing formatted Kafka data in {} (cluster {})", logDir, clusterIdOf(meta));
            return;
        }
        new Formatter()
            .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
            .setNodeId(NODE_ID)
            .setClusterId(Uuid.randomUuid().toString())
            .setDirectories(List.of(logDir.toString()))
            .setReleaseVersion(MetadataVersion.latestProduction())
            .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
            .setControllerListenerName("CONTROLLER")
            .setMetadataLogDirectory(config.metadataLogDir())
            .run();
    }

    private static String clusterIdOf(Path metaProperties) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(metaProperties)) {
            p.load(in);
        }
        return p.getProperty("cluster.id");
    }

    /** Stops the broker and waits until it is down; the data stays on disk. */
    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
            LOG.info("Embedded Kafka on port {} stopped", brokerPort);
        }
    }

    /** A port nobody listens on now (the OS picks it); used for the controller and for port 0. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /** A fresh temporary data directory, for tests and throwaway runs. */
    public static Path tempDataDir() {
        try {
            return Files.createTempDirectory("newsflow-kafka-" + UUID.randomUUID().toString().substring(0, 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
