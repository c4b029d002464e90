package io.newsflow.app.http;

import java.util.Map;
import java.util.function.Supplier;

import io.javalin.Javalin;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The app's HTTP port: health endpoints now; ingestion, the query API and the dashboard are
 * added as routes by the components that own them.
 */
public final class HttpApi implements AutoCloseable {
    /** The default bind address: the local machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    private final Javalin javalin;
    private final String host;

    private HttpApi(Javalin javalin, String host) {
        this.javalin = javalin;
        this.host = host;
    }

    /**
     * Starts the server on 127.0.0.1 (one request body limit: {@link #DEFAULT_MAX_REQUEST_BYTES}).
     *
     * @param port         the port, or 0 for any free port
     * @param streamsState the streams application's state, for readiness
     * @param routes       further routes to install before the server starts
     */
    public static HttpApi start(int port, Supplier<KafkaStreams.State> streamsState, java.util.function.Consumer<Javalin> routes) {
        return start(port, DEFAULT_MAX_REQUEST_BYTES, streamsState, routes);
    }

    /** Bodies larger than this are refused with 413 unless a route sets its own limit. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

    /** As {@link #start(int, Supplier, java.util.function.Consumer)}, accepting bodies up to {@code maxRequestBytes}. */
    public static HttpApi start(int port, long maxRequestBytes, Supplier<KafkaStreams.State> streamsState,
                                java.util.function.Consumer<Javalin> routes) {
        return start(LOOPBACK, port, maxRequestBytes, streamsState, routes);
    }

    /**
     * As {@link #start(int, long, Supplier, java.util.function.Consumer)} on {@code host}: a
     * container needs {@code 0.0.0.0} so its published port reaches the server; everything
     * else keeps the loopback default.
     */
    public static HttpApi start(String host, int port, long maxRequestBytes, Supplier<KafkaStreams.State> streamsState,
                                java.util.function.Consumer<Javalin> routes) {
        return start(host, port, maxRequestBytes, "streams", () -> {
            KafkaStreams.State state = streamsState.get();
            return new Readiness(state == KafkaStreams.State.RUNNING, String.valueOf(state));
        }, routes);
    }

    /**
     * The general form: {@code /health/ready} answers 200 when {@code readiness} says ready and
     * 503 otherwise, naming {@code component} and its state (e.g. {@code "streams": "RUNNING"}).
     */
    public static HttpApi start(String host, int port, long maxRequestBytes, String component, Supplier<Readiness> readiness,
                                java.util.function.Consumer<Javalin> routes) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.useVirtualThreads = false;
            // one byte over the limit, so the route itself sees oversize bodies and answers with a JSON error
            config.http.maxRequestSize = maxRequestBytes + 1;
        });
        app.get("/health/live", ctx -> ctx.json(Map.of("status", "UP")));
        app.get("/health/ready", ctx -> {
            Readiness now = readiness.get();
            ctx.status(now.ready() ? 200 : 503).json(Map.of("status", now.ready() ? "UP" : "DOWN", component, now.state()));
        });
        routes.accept(app);
        app.start(host, port);
        return new HttpApi(app, host);
    }

    /** Whether a component is ready to serve, and its state in words (e.g. a Kafka Streams state). */
    public record Readiness(boolean ready, String state) {
    }

    /** The port the server listens on. */
    public int port() {
        return javalin.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080} (loopback when bound to every interface). */
    public String url() {
        boolean wildcard = host.equals("0.0.0.0") || host.equals("::");
        return "http://" + (wildcard ? LOOPBACK : host) + ":" + port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
