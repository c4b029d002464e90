package io.newsflow.app.http.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The other instances of the application, as Kafka Streams knows them from their
 * {@code application.server}: requests are forwarded to the one holding an article, and listings
 * are gathered from all of them with {@code local=true} (so a peer never forwards again).
 * Without {@code application.server} the instance is alone and everything is local.
 */
public final class Cluster {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaStreams streams;
    private final HostInfo self;
    private final HttpClient http;
    private final Duration timeout;

    /**
     * @param streams the local instance
     * @param self    this instance's {@code application.server}, or null when not set
     * @param timeout how long a peer may take to answer
     */
    public Cluster(KafkaStreams streams, HostInfo self, Duration timeout) {
        this.streams = streams;
        this.self = self;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** True when {@code host} is this instance (or the instance runs alone). */
    public boolean isSelf(HostInfo host) {
        return self == null || self.equals(host);
    }

    /** Every other instance that announced an {@code application.server}. */
    public List<HostInfo> peers() {
        if (self == null) {
            return List.of();
        }
        return streams.metadataForAllStreamsClients().stream().map(StreamsMetadata::hostInfo)
            .filter(h -> h.port() > 0 && !h.equals(self)).distinct().toList();
    }

    /** A peer's answer, relayed as it is. */
    public record Answer(int status, String body) {
    }

    /** {@code GET pathAndQuery} on {@code host}; a peer that cannot be reached answers 502 with a JSON error. */
    public Answer get(HostInfo host, String pathAndQuery) {
        return send(host, pathAndQuery).join();
    }

    /**
     * {@code GET path?query&local=true} on every peer at once, each 200 answer read as {@code type};
     * any other answer, or none, is a 502 naming the peer.
     */
    public <T> List<T> gather(String path, String query, Class<T> type) {
        // the caller's own local=... is replaced, so a peer never scatters again
        String rest = query == null ? "" : java.util.Arrays.stream(query.split("&"))
            .filter(p -> !p.isBlank() && !p.equals("local") && !p.startsWith("local=")).collect(java.util.stream.Collectors.joining("&"));
        String pathAndQuery = path + "?" + (rest.isEmpty() ? "" : rest + "&") + "local=true";
        List<HostInfo> peers = peers();
        List<CompletableFuture<Answer>> answers = peers.stream().map(peer -> send(peer, pathAndQuery)).toList();
        return java.util.stream.IntStream.range(0, peers.size()).mapToObj(i -> {
            Answer answer = answers.get(i).join();
            if (answer.status() != 200) {
                throw ApiError.badGateway("instance " + peers.get(i) + " answered " + answer.status() + " to " + pathAndQuery
                    + ": " + answer.body());
            }
            try {
                return JSON.readValue(answer.body(), type);
            } catch (IOException e) {
                throw ApiError.badGateway("instance " + peers.get(i) + " sent unreadable JSON for " + pathAndQuery + ": " + e.getMessage());
            }
        }).toList();
    }

    private CompletableFuture<Answer> send(HostInfo host, String pathAndQuery) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
            .thenApply(response -> new Answer(response.statusCode(), response.body()))
            .exceptionally(e -> {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                return new Answer(502, json(ApiError.badGateway("instance " + host + " did not answer " + pathAndQuery + ": " + cause)));
            });
    }

    private static String json(ApiError error) {
        try {
            return JSON.writeValueAsString(error.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
