package io.newsflow.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /} and {@code /dashboard/{file}}: the page and its files from the classpath, nothing else. */
class DashboardRoutesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static HttpApi http;

    @BeforeAll
    static void start() {
        http = HttpApi.start(0, () -> KafkaStreams.State.RUNNING, app -> new DashboardRoutes().install(app));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void shouldServeThePageWithTheContractIdsWhenRootIsRequested() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(DashboardRoutes.CONTENT_SECURITY_POLICY);
        assertThat(page.body()).contains("id=\"count-ingested\"", "id=\"count-unique\"", "id=\"count-duplicates\"",
            "id=\"count-rejected\"", "id=\"chart-per-minute\"", "id=\"top-persons\"", "id=\"top-locations\"",
            "id=\"top-organizations\"", "id=\"top-keywords\"", "id=\"sources\"", "id=\"latest-articles\"");
    }

    @Test
    void shouldServeScriptAndStyleWithTheirTypesWhenThePageAsksForThem() throws Exception {
        HttpResponse<String> script = get("/dashboard/dashboard.js");
        HttpResponse<String> style = get("/dashboard/dashboard.css");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(script.body()).contains("new EventSource('/api/events')").doesNotContain("innerHTML");
        assertThat(style.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    }

    @Test
    void shouldAnswer404NamingTheFileWhenItIsUnknownOrOutsideTheFolder() throws Exception {
        for (String path : new String[] {"/dashboard/nothing.js", "/dashboard/..%2Flog4j2.xml", "/dashboard/.hidden.css",
                                         "/dashboard/dashboard.exe", "/dashboard/log4j2.xml"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("no dashboard file named");
        }
    }

    @Test
    void shouldMapOnlyDashboardFileTypesWhenAskedForAContentType() {
        assertThat(DashboardRoutes.contentType("index.html")).startsWith("text/html");
        assertThat(DashboardRoutes.contentType("chart.svg")).isEqualTo("image/svg+xml");
        assertThat(DashboardRoutes.contentType("README")).isNull();
        assertThat(DashboardRoutes.contentType("app.properties")).isNull();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(http.url() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
