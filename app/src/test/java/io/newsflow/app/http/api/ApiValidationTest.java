package io.newsflow.app.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.http.HttpApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad parameters get a 400 naming the parameter and the value, before anything is queried. */
class ApiValidationTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static NewsflowApi api;
    private static HttpApi http;

    @BeforeAll
    static void start() {
        // never started nor attached: no Kafka needed, and queries that pass validation answer 503
        api = new NewsflowApi("127.0.0.1:9", Map.of("schema.registry.url", "mock://api-validation"));
        http = HttpApi.start(0, () -> null, api::install);
    }

    @AfterAll
    static void stop() {
        http.close();
        api.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(http.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String error(HttpResponse<String> response) throws Exception {
        return new ObjectMapper().readTree(response.body()).get("error").asText();
    }

    @Test
    void shouldAnswer400NamingLimitWhenLimitIsOutOfRange() throws Exception {
        HttpResponse<String> response = get("/api/articles?limit=500");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("Invalid value '500' for parameter limit: expected a whole number from 1 to 200");
    }

    @Test
    void shouldAnswer400NamingLimitWhenLimitIsNotANumber() throws Exception {
        HttpResponse<String> response = get("/api/articles?limit=ten");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).contains("'ten'").contains("limit");
    }

    @Test
    void shouldAnswer400NamingWindowWhenWindowIsUnknown() throws Exception {
        HttpResponse<String> response = get("/api/sources?window=5m");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("Invalid value '5m' for parameter window: expected one of 1m, 1h");
    }

    @Test
    void shouldAnswer400NamingTypeWhenTrendTypeIsUnknown() throws Exception {
        HttpResponse<String> response = get("/api/trends/places?window=1m");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("Invalid value 'places' for parameter type: expected one of persons, locations, "
            + "organizations, keywords");
    }

    @Test
    void shouldAnswer400NamingLocalWhenLocalIsNotBoolean() throws Exception {
        HttpResponse<String> response = get("/api/articles?local=yes");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).contains("'yes'").contains("parameter local");
    }

    @Test
    void shouldAnswer503WhenStreamsApplicationIsNotAttached() throws Exception {
        HttpResponse<String> response = get("/api/articles?limit=5");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(error(response)).contains("not running yet");
    }

    @Test
    void shouldServeOpenApiDescriptionWhenAsked() throws Exception {
        HttpResponse<String> response = get("/api/openapi.yaml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("openapi: 3.");
    }
}
