package io.newsflow.app.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.testing.TopicReader;
import io.newsflow.streams.topology.TopicNames;

/** The API as integration tests call it: GET, JSON, and polling until an answer is ready (never sleeping). */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;

    ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    /** GET that must answer 200 with JSON. */
    JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET %s%s: %s", baseUrl, path, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    /** Polls {@code path} until its JSON satisfies {@code ready}; fails with the last answer after {@link #TIMEOUT}. */
    JsonNode await(String path, Predicate<JsonNode> ready) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(path);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200 && ready.test(JSON.readTree(response.body()))) {
                return JSON.readTree(response.body());
            }
        }
        throw new AssertionError("GET " + baseUrl + path + " not ready within " + TIMEOUT + "; last answer: " + last);
    }

    /**
     * The distinct articles decided so far, per the counters of a /api/stats answer: keys of the
     * records on articles.enriched and articles.duplicates (an article corrected, or ingested twice,
     * is on both topics or twice on one, and is one entry of the index).
     */
    static Set<String> decidedArticles(String bootstrapServers, JsonNode stats) {
        Set<String> decided = new HashSet<>();
        for (String topic : List.of(TopicNames.ARTICLES_ENRICHED, TopicNames.ARTICLES_DUPLICATES)) {
            long count = stats.at("/counters/" + (topic.equals(TopicNames.ARTICLES_ENRICHED) ? "enriched" : "duplicates")).asLong();
            TopicReader.read(bootstrapServers, topic, (int) count, TIMEOUT)
                .forEach(r -> decided.add(new String(r.key(), StandardCharsets.UTF_8)));
        }
        return decided;
    }
}
