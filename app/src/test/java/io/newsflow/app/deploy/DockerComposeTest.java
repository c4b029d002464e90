package io.newsflow.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.config.LayeredConfig;
import io.newsflow.streams.config.StreamsSettings;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.server.config.AbstractKafkaConfig;
import org.junit.jupiter.api.Test;

/**
 * {@code docker-compose.yml} checked without a Docker engine: services, images, ports, health
 * checks, start order, and every {@code NEWSFLOW_*}/{@code KAFKA_*} variable against the keys
 * the app (or the broker) really reads.
 */
class DockerComposeTest {
    private final JsonNode services = DeployFiles.compose().path("services");

    @Test
    void shouldDefineKafkaRegistryStreamsAndProducerWhenComposeFileIsParsed() {
        assertThat(names(services)).containsExactlyInAnyOrder("kafka", "schema-registry", "streams", "producer");
        // the broker image is the Kafka version newsflow's clients are built and tested with
        assertThat(services.path("kafka").path("image").asText()).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
        assertThat(services.path("schema-registry").path("image").asText()).matches("confluentinc/cp-schema-registry:\\d+\\.\\d+\\.\\d+");
        assertThat(services.path("streams").path("build").path("dockerfile").asText()).isEqualTo("Dockerfile");
        assertThat(services.path("streams").path("build").path("context").asText()).isEqualTo(".");
        // one image for both newsflow services, built (never pulled) by either
        assertThat(services.path("producer").path("image").asText()).isEqualTo(services.path("streams").path("image").asText());
        assertThat(services.path("producer").path("build")).isEqualTo(services.path("streams").path("build"));
    }

    @Test
    void shouldPublishEveryPortOnLoopbackOnlyWhenPortsAreListed() {
        Map<String, String> published = new TreeMap<>();
        services.fields().forEachRemaining(s -> s.getValue().path("ports").forEach(p -> published.put(p.asText(), s.getKey())));
        assertThat(published).containsOnlyKeys("127.0.0.1:9094:9094", "127.0.0.1:8081:8081", "127.0.0.1:8080:8080",
            "127.0.0.1:8090:8090");
        assertThat(published.get("127.0.0.1:8080:8080")).isEqualTo("streams");
        assertThat(published.get("127.0.0.1:8090:8090")).isEqualTo("producer");
        // the app binds loopback by default: in a container it must listen on every interface, on the published port
        assertThat(command("streams")).containsSubsequence("--http-host", "0.0.0.0").containsSubsequence("--http-port", "8080");
        assertThat(command("producer")).containsSubsequence("--http-host", "0.0.0.0").containsSubsequence("--http-port", "8090");
    }

    @Test
    void shouldCheckHealthAndStartInOrderWhenServicesDependOnEachOther() {
        assertThat(healthcheck("streams")).contains("http://localhost:8080/health/ready");
        assertThat(healthcheck("schema-registry")).contains("http://localhost:8081/");
        assertThat(healthcheck("kafka")).contains("kafka-broker-api-versions.sh").contains("kafka:9092");
        assertThat(dependsOn("schema-registry")).containsExactly(Map.entry("kafka", "service_healthy"));
        assertThat(dependsOn("streams")).containsOnly(Map.entry("kafka", "service_healthy"),
            Map.entry("schema-registry", "service_healthy"));
        // produce refuses to start before the topics exist; streams creates them, then reports healthy
        assertThat(dependsOn("producer")).contains(Map.entry("streams", "service_healthy"));
        assertThat(healthcheck("producer")).contains("http://localhost:8090/health/ready");
        assertThat(command("producer")).containsSubsequence("produce", "--watch", "/data/inbox");
    }

    @Test
    void shouldParseEveryServiceCommandWhenGivenToTheNewsflowCli() {
        List.of("streams", "producer").forEach(service -> {
            picocli.CommandLine cli = io.newsflow.app.cli.NewsflowCommand.commandLine();
            assertThat(cli.parseArgs(command(service).toArray(String[]::new)).subcommand().commandSpec().name())
                .as("the command of the %s service", service).isEqualTo(command(service).get(0));
        });
    }

    @Test
    void shouldSetOnlyKeysStreamsReadsWhenStreamsEnvironmentIsMapped() {
        Map<String, String> env = environment("streams");
        Map<String, String> settings = LayeredConfig.resolve(Map.of(), null, withoutLogLevels(env), Map.of());
        assertThat(settings.keySet()).allSatisfy(key -> assertThat(readByStreams(key))
            .as("%s, set from the environment of the streams service, is read by newsflow streams", key).isTrue());
        StreamsSettings streams = StreamsSettings.fromMap(settings);
        assertThat(streams.bootstrapServers()).isEqualTo(brokerAddress());
        assertThat(streams.schemaRegistryUrl()).isEqualTo("http://schema-registry:8081");
    }

    @Test
    void shouldSetOnlyVariablesProduceReadsWhenProducerEnvironmentIsListed() {
        Set<String> read = DeployFiles.environmentVariablesOf(io.newsflow.app.cli.ProduceCommand.class);
        assertThat(read).contains("NEWSFLOW_BOOTSTRAP_SERVERS", "NEWSFLOW_SCHEMA_REGISTRY_URL");
        Map<String, String> env = environment("producer");
        assertThat(env.keySet()).allSatisfy(name -> assertThat(read).as("%s on the producer service", name).contains(name));
        assertThat(env).containsEntry("NEWSFLOW_BOOTSTRAP_SERVERS", brokerAddress())
            .containsEntry("NEWSFLOW_SCHEMA_REGISTRY_URL", "http://schema-registry:8081");
    }

    @Test
    void shouldUseOnlyLogVariablesTheLoggingConfigReadsWhenLogLevelsAreSet() {
        Set<String> log4j = DeployFiles.log4jEnvironmentVariables();
        assertThat(log4j).contains("NEWSFLOW_LOG_LEVEL");
        List.of("streams", "producer").forEach(service -> environment(service).keySet().stream()
            .filter(name -> name.endsWith("_LOG_LEVEL"))
            .forEach(name -> assertThat(log4j).as("%s on %s", name, service).contains(name)));
    }

    @Test
    void shouldSetOnlyBrokerConfigsWhenKafkaEnvironmentIsMapped() {
        Set<String> brokerKeys = AbstractKafkaConfig.CONFIG_DEF.names();
        environment("kafka").keySet().stream().filter(name -> name.startsWith("KAFKA_")).forEach(name ->
            assertThat(brokerKeys).as("broker config of %s", name).contains(DeployFiles.apacheKafkaImageKey(name)));
        assertThat(environment("kafka")).containsKey("CLUSTER_ID");
        assertThat(environment("kafka").get("KAFKA_ADVERTISED_LISTENERS")).contains("PLAINTEXT://" + brokerAddress());
        assertThat(environment("kafka").get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"))
            .as("exactly-once needs transactions on a single broker").isEqualTo("1");
        assertThat(environment("schema-registry").get("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS")).endsWith(brokerAddress());
    }

    /** newsflow's own keys, or a Kafka Streams / client setting that StreamsSettings passes through to Kafka. */
    private static boolean readByStreams(String key) {
        return StreamsSettings.KEYS.contains(key) || key.startsWith("dedup.")
            || StreamsConfig.configDef().names().contains(key) || ProducerConfig.configNames().contains(key)
            || ConsumerConfig.configNames().contains(key) || AdminClientConfig.configNames().contains(key);
    }

    private String brokerAddress() {
        return "kafka:9092";
    }

    private Map<String, String> environment(String service) {
        Map<String, String> env = new TreeMap<>();
        services.path(service).path("environment").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        assertThat(env).as("environment of %s", service).isNotEmpty();
        return env;
    }

    private static Map<String, String> withoutLogLevels(Map<String, String> env) {
        Map<String, String> rest = new TreeMap<>(env);
        rest.keySet().removeIf(name -> name.endsWith("_LOG_LEVEL"));
        return rest;
    }

    private List<String> command(String service) {
        return items(services.path(service).path("command"));
    }

    private String healthcheck(String service) {
        return String.join(" ", items(services.path(service).path("healthcheck").path("test")));
    }

    private Map<String, String> dependsOn(String service) {
        Map<String, String> conditions = new TreeMap<>();
        services.path(service).path("depends_on").fields()
            .forEachRemaining(e -> conditions.put(e.getKey(), e.getValue().path("condition").asText()));
        return conditions;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> items(JsonNode array) {
        List<String> items = new java.util.ArrayList<>();
        array.forEach(item -> items.add(item.asText()));
        return items;
    }
}
