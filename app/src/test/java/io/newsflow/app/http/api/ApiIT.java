package io.newsflow.app.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.dev.DevStack;
import io.newsflow.app.dev.IngestReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query API on the real dev stack, after ingesting the bundled samples and one input the
 * producer rejects: every endpoint answers in the contract's shapes, and /api/stats reconciles.
 * Server-Sent Events, on a stack of their own: {@link ApiEventsIT}.
 */
class ApiIT {
    private static final ObjectMapper JSON = ApiClient.JSON;

    @TempDir
    static Path dir;
    static ApiStack quiet;
    static DevStack stack;
    static ApiClient api;
    static IngestReport samples;
    static JsonNode quietStats;

    @BeforeAll
    static void startAndIngest() throws Exception {
        quiet = ApiStack.startQuiet(dir);
        stack = quiet.stack();
        api = quiet.api();
        samples = quiet.samples();
        quietStats = quiet.quietStats();
    }

    @AfterAll
    static void stop() {
        if (quiet != null) {
            quiet.close();
        }
    }

    static HttpResponse<String> get(String path) throws Exception {
        return api.get(path);
    }

    static JsonNode getJson(String path) throws Exception {
        return api.getJson(path);
    }

    static JsonNode await(String path, Predicate<JsonNode> ready) throws Exception {
        return api.await(path, ready);
    }

    @Test
    void shouldReconcileEveryInputWhenSamplesAndARejectedInputWereIngested() {
        JsonNode counters = quietStats.get("counters");
        assertThat(counters.get("raw").asLong()).isEqualTo(samples.published());
        assertThat(counters.get("ingested").asLong()).isEqualTo(samples.published() + 1);
        assertThat(counters.get("unique").asLong() + counters.get("duplicates").asLong() + counters.get("deadLettered").asLong())
            .isEqualTo(samples.published());
        assertThat(counters.get("duplicates").asLong()).isPositive();
        assertThat(counters.get("unique").asLong()).isEqualTo(counters.get("enriched").asLong() - counters.get("corrections").asLong());
        JsonNode reconciliation = quietStats.get("reconciliation");
        assertThat(reconciliation.get("recordsIn").asLong()).isEqualTo(reconciliation.get("accountedFor").asLong());
        assertThat(reconciliation.get("balanced").asBoolean()).isTrue();
        assertThat(quietStats.get("articlesPerMinute").isArray()).isTrue();
        assertThat(quietStats.get("languages").isArray()).isTrue();
    }

    @Test
    void shouldListEveryDecidedArticleNewestFirstWithDuplicatesMarkedWhenArticlesAreListed() throws Exception {
        java.util.Set<String> decided = ApiClient.decidedArticles(stack.bootstrapServers(), quietStats);
        JsonNode page = await("/api/articles?limit=200", p -> p.get("articles").size() == decided.size());
        List<JsonNode> articles = new ArrayList<>();
        page.get("articles").forEach(articles::add);

        assertThat(articles).allSatisfy(a -> assertThat(a.get("articleId").asText()).isNotBlank());
        assertThat(articles).extracting(a -> java.time.Instant.parse(a.get("ingestedAt").asText()))
            .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<JsonNode> duplicates = articles.stream().filter(a -> !a.get("duplicateOf").isNull()).toList();
        assertThat(duplicates).isNotEmpty().allSatisfy(d -> {
            assertThat(d.get("method").asText()).isIn("EXACT", "NEAR");
            assertThat(d.get("title").asText()).isNotBlank();
        });
        assertThat(getJson("/api/articles?limit=2").get("articles")).hasSize(2);
    }

    @Test
    void shouldFilterBySourceAndEntityWhenAsked() throws Exception {
        JsonNode first = await("/api/articles?limit=200", p -> p.get("articles").size() > 0).at("/articles/0");
        String id = first.get("articleId").asText();
        JsonNode detail = getJson("/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        String source = detail.get("source").asText();
        JsonNode bySource = getJson("/api/articles?limit=200&source=" + URLEncoder.encode(source.toUpperCase(), StandardCharsets.UTF_8));
        assertThat(bySource.get("articles")).isNotEmpty().allSatisfy(a -> assertThat(a.get("source").asText()).isEqualToIgnoringCase(source));

        JsonNode unique = getJson("/api/articles?limit=200");
        for (JsonNode item : unique.get("articles")) {
            JsonNode entities = getJson("/api/articles/" + URLEncoder.encode(item.get("articleId").asText(), StandardCharsets.UTF_8))
                .get("entities");
            if (!entities.isEmpty()) {
                String entity = entities.get(0).get("name").asText();
                JsonNode byEntity = getJson("/api/articles?entity=" + URLEncoder.encode(entity, StandardCharsets.UTF_8));
                assertThat(byEntity.get("articles")).extracting(a -> a.get("articleId").asText()).contains(item.get("articleId").asText());
                return;
            }
        }
        throw new AssertionError("no sample article has an entity");
    }

    @Test
    void shouldAnswerArticleDetailWithEnrichmentAndDuplicateWithOriginalWhenAskedById() throws Exception {
        JsonNode page = await("/api/articles?limit=200", p -> p.get("articles").size() > 0);
        for (JsonNode item : page.get("articles")) {
            String id = item.get("articleId").asText();
            JsonNode detail = getJson("/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
            assertThat(detail.get("articleId").asText()).isEqualTo(id);
            assertThat(detail.get("title").asText()).isEqualTo(item.get("title").asText());
            if (item.get("duplicateOf").isNull()) {
                assertThat(detail.get("wordCount").asInt()).isPositive();
                assertThat(detail.get("duplicateOf").isNull()).isTrue();
            } else {
                assertThat(detail.at("/duplicateOf/articleId").asText()).isEqualTo(item.get("duplicateOf").asText());
                assertThat(detail.at("/duplicateOf/similarity").asDouble()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void shouldAnswer404NamingTheIdWhenArticleIsUnknown() throws Exception {
        HttpResponse<String> response = get("/api/articles/no-such-article");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("'no-such-article'");
    }

    @Test
    void shouldAnswerTrendsSourcesAndOpenApiInTheirShapesWhenAsked() throws Exception {
        for (String type : ApiParams.TREND_TYPES) {
            for (String window : ApiParams.WINDOWS) {
                JsonNode trend = getJson("/api/trends/" + type + "?window=" + window + "&limit=5");
                assertThat(trend.get("type").asText()).isEqualTo(type);
                assertThat(trend.get("window").asText()).isEqualTo(window);
                assertThat(trend.has("windowStart")).isTrue();
                assertThat(trend.has("windowEnd")).isTrue();
                assertThat(trend.get("items").size()).isLessThanOrEqualTo(5);
            }
        }
        // the statistics follow the same articles: once they caught up, every window has data
        JsonNode keywords = await("/api/trends/keywords?window=1h&limit=5", t -> t.get("items").size() == 5);
        assertThat(keywords.get("windowStart").asText()).isNotEqualTo("null");
        assertThat(java.time.Instant.parse(keywords.get("windowEnd").asText())).isAfter(java.time.Instant.parse(keywords.get("windowStart").asText()));
        assertThat(keywords.at("/items/0/count").asLong()).isGreaterThanOrEqualTo(keywords.at("/items/4/count").asLong());
        JsonNode sources = await("/api/sources?window=1h", s -> s.get("sources").size() > 1);
        assertThat(sources.get("window").asText()).isEqualTo("1h");
        JsonNode first = sources.at("/sources/0");
        assertThat(first.fieldNames()).toIterable().containsExactly("source", "articles", "words", "duplicates", "duplicateRate");
        assertThat(first.get("articles").asLong()).isGreaterThanOrEqualTo(sources.at("/sources/1/articles").asLong());
        JsonNode stats = await("/api/stats", s -> s.get("languages").size() > 0
            && java.util.stream.StreamSupport.stream(s.get("articlesPerMinute").spliterator(), false).anyMatch(m -> m.get("unique").asLong() > 0));
        assertThat(stats.get("articlesPerMinute")).hasSize(60);
        assertThat(stats.at("/languages/0/language").asText()).isEqualTo("en");
        HttpResponse<String> openApi = get("/api/openapi.yaml");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/articles/{id}");
    }

    @Test
    void shouldGatherNothingElseWhenInstanceIsAlone() throws Exception {
        // (the index may still be filling when the counters balance: compare once it holds every decided article, as a
        // fresh clone's run once compared 9 local entries with 12 gathered a moment later)
        java.util.Set<String> decided = ApiClient.decidedArticles(stack.bootstrapServers(), quietStats);
        JsonNode local = await("/api/articles?local=true&limit=200", p -> p.get("articles").size() == decided.size());
        assertThat(local).isEqualTo(getJson("/api/articles?limit=200"));
        assertThat(getJson("/api/stats?local=true").get("counters")).isNotNull();
    }
}
