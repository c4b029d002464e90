package io.newsflow.app.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.dev.DevStack;
import io.newsflow.app.dev.IngestReport;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API's Server-Sent Events on the real dev stack, after ingesting the bundled samples and one
 * input the producer rejects: an article posted while a client is connected arrives as an
 * {@code article} event, with the {@code stats} and {@code trend} events it caused. On a stack of
 * its own, as it ingests one more article; the queries at the quiet point: {@link ApiIT}.
 */
class ApiEventsIT {
    private static final ObjectMapper JSON = ApiClient.JSON;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration TIMEOUT = ApiClient.TIMEOUT;

    @AutoClose
    private final ApiStack quiet;
    private final DevStack stack;
    private final IngestReport samples;

    ApiEventsIT(@TempDir Path dir) throws Exception {
        quiet = ApiStack.startQuiet(dir);
        stack = quiet.stack();
        samples = quiet.samples();
    }

    @Test
    void shouldSendArticleStatsAndTrendEventsWhenAnArticleIsPostedWhileConnected() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Stream<String>>> events = HTTP.sendAsync(
            HttpRequest.newBuilder(URI.create(stack.httpUrl() + "/api/events")).header("Accept", "text/event-stream").build(),
            HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = events.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        Thread reader = new Thread(() -> response.body().forEach(lines::add), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(nextLine(lines, l -> l.startsWith(":"))).as("the connected comment").contains("connected");

            HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(stack.httpUrl() + "/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                    {"url": "https://news.example/harbour/ferry-strike", "title": "Ferry crews strike in Gdansk",
                     "body": "Ferry crews in Gdansk stopped work on Wednesday over pay, and the port authority said sailings to Sweden would be cancelled until the union and the operator meet again on Friday.",
                     "source": "Harbour Times", "publishedAt": "2026-11-29T10:00:00Z"}""")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
            String id = JSON.readTree(posted.body()).get("articleId").asText();

            // every event from the post on: the article, and the counters and top lists it changed (in any order)
            Map<String, List<JsonNode>> seen = new HashMap<>();
            while (!seen.containsKey("stats") || !seen.containsKey("trend")
                || seen.getOrDefault("article", List.of()).stream().noneMatch(a -> a.get("articleId").asText().equals(id))) {
                String event = nextLine(lines, l -> l.startsWith("event: ")).substring("event: ".length());
                String data = nextLine(lines, l -> l.startsWith("data: ")).substring("data: ".length());
                seen.computeIfAbsent(event, e -> new ArrayList<>()).add(JSON.readTree(data));
            }
            JsonNode article = seen.get("article").stream().filter(a -> a.get("articleId").asText().equals(id)).findFirst().orElseThrow();
            assertThat(article.get("title").asText()).isEqualTo("Ferry crews strike in Gdansk");
            assertThat(article.get("source").asText()).isEqualTo("Harbour Times");
            assertThat(article.get("duplicateOf").isNull()).isTrue();
            assertThat(article.fieldNames()).toIterable().containsExactly("articleId", "title", "source", "url", "language",
                "publishedAt", "ingestedAt", "duplicateOf", "method");
            JsonNode stats = seen.get("stats").get(seen.get("stats").size() - 1);
            assertThat(stats.fieldNames()).toIterable().containsExactly("counters", "reconciliation");
            assertThat(stats.at("/counters/raw").asLong()).isEqualTo(samples.published() + 1);
            JsonNode trend = seen.get("trend").get(0);
            assertThat(trend.fieldNames()).toIterable().containsExactly("type", "window", "windowStart", "windowEnd", "items");
            assertThat(ApiParams.TREND_TYPES).contains(trend.get("type").asText());
        } finally {
            events.cancel(true);
            response.body().close();
        }
    }

    /** The next line matching {@code wanted}, skipping others; fails after {@link #TIMEOUT}. */
    private static String nextLine(BlockingQueue<String> lines, Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && wanted.test(line)) {
                return line;
            }
        }
        throw new AssertionError("no matching event line within " + TIMEOUT);
    }
}
