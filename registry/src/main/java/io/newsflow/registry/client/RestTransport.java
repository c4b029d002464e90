package io.newsflow.registry.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends one REST call to the registry with failover and retries: each attempt walks the URLs
 * starting from the last one that answered; a network error or a transient status (408, 429,
 * 500, 502, 503, 504) moves on to the next URL, and once every URL failed the next attempt
 * waits an exponential backoff. Any other error answer is final and surfaces the registry's
 * {@code error_code}.
 */
final class RestTransport {
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT = "application/vnd.schemaregistry.v1+json,"
            + " application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final Set<Integer> TRANSIENT = Set.of(408, 429, 500, 502, 503, 504);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClientConfig config;
    private final HttpClient http;
    private final AtomicInteger preferred = new AtomicInteger();

    RestTransport(RestClientConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout()).build();
    }

    /**
     * @param method   GET, POST, PUT or DELETE
     * @param path     the path and query, already encoded, starting with "/"
     * @param body     the JSON body, or {@code null}
     * @return the answer's JSON
     */
    JsonNode send(String method, String path, JsonNode body) {
        List<URI> urls = config.urls();
        RuntimeException last = null;
        for (int attempt = 0; attempt <= config.maxRetries(); attempt++) {
            if (attempt > 0) {
                backoff(attempt);
            }
            int start = preferred.get();
            for (int i = 0; i < urls.size(); i++) {
                int index = (start + i) % urls.size();
                try {
                    JsonNode answer = once(method, urls.get(index), path, body);
                    preferred.set(index);
                    return answer;
                } catch (TransientFailure e) {
                    last = e.cause;
                }
            }
        }
        throw last;
    }

    private JsonNode once(String method, URI base, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(config.requestTimeout()).header("Accept", ACCEPT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", CONTENT_TYPE);
        }
        config.authorization().ifPresent(value -> request.header("Authorization", value));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TransientFailure(new UncheckedIOException("Schema registry " + base + " unreachable for "
                    + method + " " + path + ": " + e, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the schema registry " + base, e);
        }
        if (response.statusCode() / 100 == 2) {
            return parse(response.body(), base, path);
        }
        RestClientException error = error(response, method, base, path);
        if (TRANSIENT.contains(response.statusCode())) {
            throw new TransientFailure(error);
        }
        throw error;
    }

    private static JsonNode parse(String body, URI base, String path) {
        try {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new RestClientException("Schema registry " + base + " answered " + path
                    + " with a body that is not JSON: " + abbreviate(body), 200, 50005);
        }
    }

    private static RestClientException error(HttpResponse<String> response, String method, URI base, String path) {
        int status = response.statusCode();
        try {
            JsonNode node = JSON.readTree(response.body());
            if (node != null && node.has("error_code")) {
                return new RestClientException(node.path("message").asText(), status, node.path("error_code").asInt());
            }
        } catch (IOException | RuntimeException e) {
            // not Confluent's error shape (a proxy page, say): report the raw answer below
        }
        return new RestClientException("Schema registry " + base + " answered " + method + " " + path
                + " with HTTP " + status + ": " + abbreviate(response.body()), status, status);
    }

    private void backoff(int attempt) {
        long wait = Math.min(config.retryMaxWait().toMillis(),
                config.retryWait().toMillis() * (1L << Math.min(attempt - 1, 20)));
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry the schema registry", e);
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    /** Marks a failure worth another URL or attempt. */
    private static final class TransientFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RuntimeException cause;

        TransientFailure(RuntimeException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }
    }
}
