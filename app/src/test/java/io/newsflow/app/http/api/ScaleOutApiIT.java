package io.newsflow.app.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.dev.IngestReport;
import io.newsflow.app.dev.IngestRun;
import io.newsflow.app.dev.StreamsRunner;
import io.newsflow.app.dev.TopicProvisioner;
import io.newsflow.app.embedded.EmbeddedKafka;
import io.newsflow.app.http.HttpApi;
import io.newsflow.producer.ingest.ProducerSettings;
import io.newsflow.registry.server.SchemaRegistryServer;
import io.newsflow.registry.server.SchemaRegistryServerConfig;
import io.newsflow.streams.config.StreamsSettings;
import io.newsflow.streams.topology.AvroSerdes;
import io.newsflow.streams.topology.NewsflowTopology;
import io.newsflow.streams.topology.TopicNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the streams application, each with its HTTP API, on one embedded broker:
 * either instance answers for any article (forwarding to the one that holds it) and lists every
 * article (gathering from both).
 */
class ScaleOutApiIT {
    @TempDir
    static Path dir;
    static EmbeddedKafka kafka;
    static SchemaRegistryServer registry;
    static final List<AutoCloseable> open = new ArrayList<>();
    static ApiClient a;
    static ApiClient b;
    static Set<String> decided;

    /** One instance: its API's HTTP server first (its port is the application.server), then Kafka Streams. */
    static ApiClient startInstance(String name) {
        StreamsSettings local = StreamsSettings.local(kafka.bootstrapServers(), registry.url(), dir.resolve("state-" + name));
        NewsflowApi api = track(new NewsflowApi(kafka.bootstrapServers(), local.serdeConfig()).start());
        HttpApi http = track(HttpApi.start(0, () -> null, api::install));
        StreamsSettings settings = local.withApplicationServer(HttpApi.LOOPBACK + ":" + http.port());
        StreamsRunner runner = track(new StreamsRunner(NewsflowTopology.buildTopology(settings, AvroSerdes.create(settings.serdeConfig())),
            settings.toProperties()));
        api.attach(runner.streams(), settings.applicationServer().orElseThrow());
        runner.start(Duration.ofSeconds(120));
        return new ApiClient(http.url());
    }

    static <T extends AutoCloseable> T track(T component) {
        open.add(0, component);
        return component;
    }

    @BeforeAll
    static void startTwoInstancesAndIngest() throws Exception {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0);
        registry = SchemaRegistryServer.start(new SchemaRegistryServerConfig("127.0.0.1", 0, kafka.bootstrapServers(), "_schemas"));
        new TopicProvisioner(kafka.bootstrapServers(), 4, (short) 1).ensure(TopicNames.ALL);
        a = startInstance("a");
        b = startInstance("b");
        // both members in the group, each announcing its application.server
        a.await("/api/articles", page -> true);
        IngestReport samples = new IngestRun(ProducerSettings.fromMap(Map.of(ProducerSettings.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
            ProducerSettings.SCHEMA_REGISTRY_URL, registry.url())), Map.of("schema.registry.url", registry.url())).ingest(List.of());
        JsonNode stats = a.await("/api/stats", s -> s.at("/counters/raw").asLong() == samples.published()
            && s.at("/reconciliation/balanced").asBoolean());
        decided = ApiClient.decidedArticles(kafka.bootstrapServers(), stats);
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable component : open) {
            component.close();
        }
        if (registry != null) {
            registry.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private static Set<String> ids(JsonNode page) {
        Set<String> ids = new HashSet<>();
        page.get("articles").forEach(item -> ids.add(item.get("articleId").asText()));
        return ids;
    }

    @Test
    void shouldListEveryArticleFromEitherInstanceWhenEachHoldsPart() throws Exception {
        JsonNode fromA = a.await("/api/articles?limit=200", page -> page.get("articles").size() == decided.size());
        JsonNode fromB = b.await("/api/articles?limit=200", page -> page.get("articles").size() == decided.size());

        assertThat(ids(fromA)).isEqualTo(decided);
        assertThat(fromB).isEqualTo(fromA);
        Set<String> localA = ids(a.getJson("/api/articles?limit=200&local=true"));
        Set<String> localB = ids(b.getJson("/api/articles?limit=200&local=true"));
        assertThat(localA).as("each instance holds part of the index").isNotEmpty().isNotEqualTo(decided);
        assertThat(localB).isNotEmpty().doesNotContainAnyElementsOf(localA);
    }

    @Test
    void shouldAnswerArticleHeldByTheOtherInstanceWhenAskedById() throws Exception {
        a.await("/api/articles?limit=200", page -> page.get("articles").size() == decided.size());
        Set<String> localA = ids(a.getJson("/api/articles?limit=200&local=true"));
        String heldByB = decided.stream().filter(id -> !localA.contains(id)).findFirst().orElseThrow();
        String path = "/api/articles/" + URLEncoder.encode(heldByB, StandardCharsets.UTF_8);

        assertThat(a.get(path + "?local=true").statusCode()).as("A does not hold it").isEqualTo(404);
        assertThat(b.get(path + "?local=true").statusCode()).as("B holds it").isEqualTo(200);
        JsonNode answer = a.getJson(path);
        assertThat(answer.get("articleId").asText()).isEqualTo(heldByB);
        assertThat(answer).isEqualTo(b.getJson(path));
    }

    @Test
    void shouldBalanceOnBothInstancesWhenEachCountsEveryPartition() throws Exception {
        JsonNode statsA = a.getJson("/api/stats");
        JsonNode statsB = b.await("/api/stats", s -> s.at("/reconciliation/balanced").asBoolean()
            && s.at("/counters/raw").asLong() == statsA.at("/counters/raw").asLong());

        assertThat(statsB.get("counters")).isEqualTo(statsA.get("counters"));
    }
}
