package io.newsflow.app.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

/** openapi.yaml is a real OpenAPI 3 document that describes every route the API installs, and nothing else. */
class OpenApiTest {
    private final JsonNode spec = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(NewsflowApi.openApi());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> installedRoutes() {
        List<String> routes = new ArrayList<>();
        Javalin app = Javalin.create(config -> config.events(events -> events.handlerAdded(
            h -> routes.add(h.getHttpMethod().name().toLowerCase(Locale.ROOT) + " " + h.getPath()))));
        try (NewsflowApi api = new NewsflowApi("127.0.0.1:9", Map.of("schema.registry.url", "mock://openapi-test"))) {
            api.install(app);
        }
        return routes;
    }

    @Test
    void shouldBeOpenApi3WithInfoWhenParsed() {
        assertThat(spec.path("openapi").asText()).startsWith("3.");
        assertThat(spec.at("/info/title").asText()).isNotBlank();
        assertThat(spec.at("/info/version").asText()).isNotBlank();
    }

    @Test
    void shouldDocumentEveryInstalledRouteWhenApiIsInstalled() {
        List<String> installed = installedRoutes();
        List<String> documented = new ArrayList<>();
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
            .forEachRemaining(method -> documented.add(method + " " + path.getKey())));

        assertThat(installed).isNotEmpty().allMatch(route -> route.contains(" /api/"));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(installed);
    }

    @Test
    void shouldResolveEverySchemaReferenceWhenSpecIsRead() {
        List<String> refs = new ArrayList<>();
        collectRefs(spec, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(spec.at(ref.substring(1)).isMissingNode()).as("target of %s", ref).isFalse();
        }
    }

    @Test
    void shouldDescribeEveryOperationWithResponsesWhenSpecIsRead() {
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            assertThat(op.getValue().path("summary").asText()).as("summary of %s %s", op.getKey(), path.getKey()).isNotBlank();
            assertThat(op.getValue().path("responses").has("200")).as("200 of %s %s", op.getKey(), path.getKey()).isTrue();
        }));
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref")) {
                    refs.add(f.getValue().asText());
                } else {
                    collectRefs(f.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
