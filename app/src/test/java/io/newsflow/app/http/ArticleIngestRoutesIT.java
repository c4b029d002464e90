package io.newsflow.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.dev.DevOptions;
import io.newsflow.app.dev.DevStack;
import io.newsflow.app.testing.TopicReader;
import io.newsflow.streams.topology.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /articles} on the real dev stack: 202 only after Kafka acknowledged, clear errors otherwise. */
class ArticleIngestRoutesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static DevStack stack;

    @BeforeAll
    static void start() {
        stack = DevStack.start(new DevOptions(dir, 0, 0, 0, 1));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void shouldAcceptAndEnrichArticleWhenJsonIsPosted() throws Exception {
        HttpResponse<String> response = post("application/json", """
            {"url": "https://news.example/markets/ecb-holds-rates", "title": "ECB holds rates",
             "body": "The European Central Bank kept its deposit rate unchanged on Thursday.", "source": "Example News",
             "publishedAt": "2024-10-17T12:15:00Z"}""".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = JSON.readTree(response.body()).get("articleId").asText();
        assertThat(id).isNotBlank();
        ConsumerRecord<byte[], byte[]> enriched = TopicReader.readOne(stack.bootstrapServers(),
            TopicNames.ARTICLES_ENRICHED);
        assertThat(new String(enriched.key(), StandardCharsets.UTF_8)).isEqualTo(id);
    }

    @Test
    void shouldAnswer400NamingTheProblemWhenJsonHasNoBody() throws Exception {
        HttpResponse<String> response = post("application/json", "{\"title\": \"Only a title\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("error").asText()).isNotBlank();
        assertThat(error.get("message").asText()).contains("body");
    }

    @Test
    void shouldAnswer413WhenBodyIsLargerThanTheLimit() throws Exception {
        byte[] huge = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> response = post("text/plain", huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("TOO_LARGE");
    }

    @Test
    void shouldAnswer413AndRecordTheRejectionWhenTheArticleIsTooLargeForKafka() throws Exception {
        // within the 5 MB body limit, over Kafka's 1 MB record limit once parsed
        byte[] large = ("Oversize\n\n" + "A sentence of an enormous article. ".repeat(60_000)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = post("text/plain", large);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("error").asText()).isEqualTo("TOO_LARGE");
        assertThat(error.get("message").asText()).contains("too large for Kafka");
    }

    @Test
    void shouldRecordRejectionWhenPostedBodyIsEmpty() throws Exception {
        HttpResponse<String> response = post("text/plain", new byte[0]);

        assertThat(response.statusCode()).isEqualTo(400);
        ConsumerRecord<byte[], byte[]> rejected = TopicReader.readOne(stack.bootstrapServers(),
            TopicNames.ARTICLES_REJECTED);
        assertThat(rejected.value()).isNotEmpty();
    }

    private static HttpResponse<String> post(String contentType, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(stackUrl() + "/articles"))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String stackUrl() {
        return stack.httpUrl();
    }
}
