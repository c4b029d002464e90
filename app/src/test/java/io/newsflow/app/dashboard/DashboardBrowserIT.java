package io.newsflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.dev.DevOptions;
import io.newsflow.app.dev.DevStack;
import io.newsflow.app.dev.IngestReport;
import io.newsflow.app.testing.TopicReader;
import io.newsflow.streams.topology.TopicNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/**
 * The dashboard in a real browser on the real stack: the dev stack (broker, registry, streams,
 * HTTP API) ingests the bundled samples, headless Chromium opens {@code /}, and the page must
 * show what the JSON API reports; then an article and an exact copy of it are posted and the
 * page must show both live, from the event stream, the copy marked and linked to its original.
 * Leaves a screenshot in {@code target/dashboard.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final List<String> TREND_TYPES = List.of("persons", "locations", "organizations", "keywords");

    @TempDir
    static Path dir;
    static DevStack stack;
    static IngestReport samples;
    static WebDriver browser;
    static DashboardPage page;

    @BeforeAll
    static void start() {
        HeadlessChromium.require();
        stack = DevStack.start(new DevOptions(dir.resolve("data"), 0, 0, 0, 1));
        samples = stack.ingest(List.of());
        browser = HeadlessChromium.start(dir.resolve("chromium-profile"));
        page = new DashboardPage(browser, TIMEOUT);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void shouldShowCountersListsAndChartOfTheSamplesWhenThePageOpens() throws Exception {
        assertThat(samples.published()).isPositive();
        page.open(stack.httpUrl() + "/");

        // the counters settle once every sample has an outcome: unique or duplicate
        page.await("counters should account for every sample", p -> p.counter("ingested") == samples.published() + samples.rejected()
            && p.counter("unique") + p.counter("duplicates") == samples.published());
        JsonNode counters = page.await("GET /api/stats", p -> api("/api/stats")).path("counters");
        for (String name : List.of("ingested", "unique", "duplicates", "rejected")) {
            assertThat(page.counter(name)).as(name).isEqualTo(counters.path(name).asLong());
        }
        assertThat(page.counter("duplicates")).as("the samples hold mirrored and syndicated copies").isPositive();

        // the articles are the distinct keys of articles.raw (a revision shares its article's id); the API's
        // article index may trail the counters, so wait for it too
        Set<String> articles = new HashSet<>();
        TopicReader.read(stack.bootstrapServers(), TopicNames.ARTICLES_RAW, (int) samples.published(), TIMEOUT)
            .forEach(record -> articles.add(new String(record.key(), StandardCharsets.UTF_8)));
        page.await("GET /api/articles should list every sample article",
            p -> ids(api("/api/articles?limit=50").path("articles")).containsAll(articles));
        page.await("the page should list every sample article", p -> p.articleIds().containsAll(articles));
        assertThat(page.chartBars()).as("bars in the per-minute chart").isPositive();

        String duplicate = page.await("a duplicate should be marked", p -> p.duplicateIds().isEmpty() ? null : p.duplicateIds().get(0));
        String original = page.await("the duplicate should link its original", p -> p.originalOf(duplicate));
        assertThat(articles).contains(original);
        String href = page.await("the link's target", p -> p.originalHref(duplicate));
        assertThat(href).isEqualTo("/api/articles/" + URLEncoder.encode(original, StandardCharsets.UTF_8));

        // the windowed aggregates may trail the counters by a commit: compare with the API's latest answer
        for (String type : TREND_TYPES) {
            page.await("top " + type + " should match GET /api/trends/" + type,
                p -> p.trendTerms(type).equals(terms(api("/api/trends/" + type + "?window=1h&limit=10").path("items"), "term")));
        }
        assertThat(page.trendTerms("persons")).isNotEmpty();
        assertThat(page.trendTerms("keywords")).isNotEmpty();
        page.await("sources should match GET /api/sources",
            p -> p.sources().equals(terms(api("/api/sources?window=1h").path("sources"), "source")));
        assertThat(page.sources()).isNotEmpty();
    }

    @Test
    @Order(2)
    void shouldShowPostedArticleAndItsCopyLiveWhenTheyArePosted() throws Exception {
        page.await("the event stream should be connected", p -> p.connection().contains("live"));
        long ingested = page.counter("ingested");
        long duplicates = page.counter("duplicates");
        String body = "Harbour pilots in Antwerp stopped guiding ships on Tuesday after talks on night-shift pay broke down. "
            + "The port authority said forty vessels were waiting at anchor, and the union said the stoppage would last until Friday.";
        String first = post("""
            {"url": "https://news.example/ports/antwerp-pilots", "title": "Antwerp pilots <b>strike</b> & <img src=x>",
             "body": "%s", "source": "Example Harbour News"}""".formatted(body));

        page.await("the posted article should appear at the top", p -> p.articleIds().indexOf(first) == 0);
        page.await("the ingested counter should count it", p -> p.counter("ingested") == ingested + 1);
        String title = page.await("the stored title", p -> api("/api/articles/" + first).path("title").asText());
        String shown = page.await("the title", p -> p.title(first));
        assertThat(shown).isEqualTo(title).contains("<b>strike</b>");
        int images = page.await("the row's images", p -> p.elementsIn(first, "img"));
        assertThat(images).as("article text is never parsed as HTML").isZero();

        String copy = post("""
            {"url": "https://mirror.example/antwerp-pilots-copy", "title": "Antwerp pilots strike",
             "body": "%s", "source": "Example Mirror"}""".formatted(body));
        String originalOfCopy = page.await("the copy should be listed as a duplicate", p -> p.originalOf(copy));
        assertThat(originalOfCopy).isEqualTo(first);
        page.await("the duplicates counter should count the copy", p -> p.counter("duplicates") == duplicates + 1);
        page.await("the page should have received events from /api/events", p -> p.liveEvents() > 0);
        assertThat(page.openOriginalOf(copy)).isEqualTo(title);
        page.closeDetail();

        page.screenshot(Path.of("target", "dashboard.png"));
    }

    private static String post(String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.httpUrl() + "/articles"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body()).path("articleId").asText();
    }

    /** GET a JSON endpoint of the stack; unchecked, so page conditions can call it. */
    private static JsonNode api(String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.httpUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 503) { // a rebalance: the stores answer again in a moment
                throw new DashboardPage.NotReadyYet("GET " + path + ": " + response.body());
            }
            assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + path, e);
        }
    }

    private static List<String> ids(JsonNode articles) {
        return terms(articles, "articleId");
    }

    private static List<String> terms(JsonNode items, String field) {
        List<String> terms = new ArrayList<>();
        items.forEach(item -> terms.add(item.path(field).asText()));
        return terms;
    }
}
