package io.newsflow.registry.server;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.newsflow.registry.core.RegistryException;
import io.newsflow.registry.core.RegistryService;
import io.newsflow.registry.core.SchemaStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * newsflow's Schema Registry: Confluent's REST API on Javalin, backed by a compacted Kafka topic
 * ({@code _schemas}) that is replayed at start, so ids survive restarts. Every error, including
 * unknown paths, malformed JSON and oversize bodies, answers Confluent's
 * {@code {"error_code":..,"message":..}} shape, never a stack trace.
 */
public final class SchemaRegistryServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);

    private final Javalin app;
    private final SchemaStore store;
    private final String url;

    private SchemaRegistryServer(Javalin app, SchemaStore store, String url) {
        this.app = app;
        this.store = store;
        this.url = url;
    }

    /**
     * Starts a server storing into the config's Kafka topic (created when missing).
     *
     * @throws IllegalArgumentException when the config names no Kafka cluster
     * @throws IllegalStateException    when the store cannot be read or the port is taken
     */
    public static SchemaRegistryServer start(SchemaRegistryServerConfig config) {
        if (config.kafkaBootstrapServers() == null) {
            throw new IllegalArgumentException("registry kafkaBootstrapServers is required to start with the Kafka store");
        }
        return start(config, KafkaSchemaStore.open(config.kafkaBootstrapServers(), config.schemasTopic()));
    }

    /**
     * Starts a server on a given store (an {@code InMemorySchemaStore} for tests). The server owns
     * the store and closes it.
     */
    public static SchemaRegistryServer start(SchemaRegistryServerConfig config, SchemaStore store) {
        try {
            RegistryService service = RegistryService.open(store);
            Javalin app = Javalin.create(javalin -> {
                javalin.showJavalinBanner = false;
                javalin.startupWatcherEnabled = false;
                javalin.http.maxRequestSize = SchemaRegistryServerConfig.MAX_REQUEST_BYTES;
                javalin.http.prefer405over404 = true;
                javalin.router.ignoreTrailingSlashes = true;
            });
            new SchemaRoutes(service.queries()).register(app);
            new SubjectRoutes(service).register(app);
            new ConfigRoutes(service).register(app);
            mapErrors(app);
            app.start(config.host(), config.port());
            String url = config.url(app.port());
            LOG.info("Schema registry listening on {}", url);
            return new SchemaRegistryServer(app, store, url);
        } catch (RuntimeException e) {
            store.close();
            throw new IllegalStateException("Cannot start the schema registry on " + config.host() + ":" + config.port()
                    + ": " + e.getMessage(), e);
        }
    }

    private static void mapErrors(Javalin app) {
        app.exception(RegistryException.class, (e, ctx) -> {
            if (e.status() >= 500) {
                LOG.error("Registry store failure on {} {}", ctx.method(), ctx.path(), e);
            }
            HttpJson.error(ctx, e.status(), e.errorCode(), e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> HttpJson.error(ctx, e.getStatus(), e.getStatus(),
                e.getStatus() == 413 ? "Request body larger than " + SchemaRegistryServerConfig.MAX_REQUEST_BYTES + " bytes"
                        : "HTTP " + e.getStatus() + " " + e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected registry failure on {} {}", ctx.method(), ctx.path(), e);
            HttpJson.error(ctx, 500, 50001, "Internal error: " + e.getClass().getSimpleName());
        });
        // Javalin answers unmatched paths itself; give them Confluent's shape (clients probe and fall back on 404)
        app.error(404, ctx -> {
            if (ctx.attribute(HttpJson.ERROR_WRITTEN) == null) {
                HttpJson.error(ctx, 404, 404, "HTTP 404 Not Found: " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(405, ctx -> HttpJson.error(ctx, 405, 405, "HTTP 405 Method Not Allowed: " + ctx.method() + " " + ctx.path()));
    }

    /** The bound port (the real one when started on port 0). */
    public int port() {
        return app.port();
    }

    /** The base URL for clients, e.g. {@code http://127.0.0.1:8081}. */
    public String url() {
        return url;
    }

    /** Stops serving, then closes the store. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            store.close();
        }
    }
}
