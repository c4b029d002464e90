package io.newsflow.app.http.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

import io.javalin.Javalin;
import io.newsflow.app.dev.RecordCounts;
import io.newsflow.streams.topology.TopicNames;
import io.newsflow.streams.query.ArticleQueries;
import io.newsflow.streams.query.StatsQueries;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * newsflow's query API under {@code /api}: articles from the article index, trends and sources
 * from the aggregations, counters and reconciliation, live events, and the OpenAPI description.
 * The HTTP server starts first (its port becomes {@code application.server}); routes that need
 * the streams application answer 503 until {@link #attach} gives it.
 */
public final class NewsflowApi implements AutoCloseable {
    /** How long a peer instance may take to answer a forwarded or scattered request. */
    static final Duration PEER_TIMEOUT = Duration.ofSeconds(10);
    /** The classpath resource served at {@code /api/openapi.yaml}. */
    public static final String OPENAPI_RESOURCE = "/openapi.yaml";

    private final PipelineFeed feed;
    private final StatsRoutes stats;
    private final ArticleRoutes articles;
    private final EventHub events;
    private final byte[] openApi;
    private volatile Backend backend;

    /**
     * The API, not started: {@link #start} starts the pipeline feed (counting and live events);
     * {@link #install} adds the routes.
     *
     * @param bootstrapServers the cluster
     * @param serdeConfig      the registry serde settings
     */
    public NewsflowApi(String bootstrapServers, Map<String, Object> serdeConfig) {
        RecordCounts counts = new RecordCounts(TopicNames.ARTICLES);
        this.stats = new StatsRoutes(this::backend, counts);
        this.articles = new ArticleRoutes(this::backend);
        this.events = new EventHub(stats);
        this.openApi = openApi();
        this.feed = new PipelineFeed(bootstrapServers, serdeConfig, counts, events);
    }

    /** Starts counting and announcing: the pipeline feed's consumer. */
    public NewsflowApi start() {
        feed.start();
        return this;
    }

    Backend backend() {
        Backend b = backend;
        if (b == null) {
            throw ApiError.unavailable("the streams application is not running yet");
        }
        return b;
    }

    /** Connects the API to the streams application and its statistics ({@link StatsQueries}). */
    public void attach(KafkaStreams streams, String applicationServer) {
        attach(streams, new StatsQueriesView(new StatsQueries(streams)), applicationServer);
    }

    /**
     * Connects the API to the streams application.
     *
     * @param streams           the local instance
     * @param statsView         its aggregations
     * @param applicationServer this instance's {@code application.server}, or null when alone
     */
    public void attach(KafkaStreams streams, StatsView statsView, String applicationServer) {
        HostInfo self = applicationServer == null ? null : HostInfo.buildFromEndpoint(applicationServer);
        this.backend = new Backend(new ArticleQueries(streams), statsView, new Cluster(streams, self, PEER_TIMEOUT));
    }

    /** Installs every {@code /api} route on {@code app}. */
    public void install(Javalin app) {
        ApiError.install(app);
        articles.install(app);
        stats.install(app);
        events.install(app);
        app.get("/api/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(openApi));
    }

    /** The live-event hub (tests). */
    public EventHub events() {
        return events;
    }

    @Override
    public void close() {
        events.close();
        feed.close();
    }

    static byte[] openApi() {
        try (InputStream in = NewsflowApi.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI description " + OPENAPI_RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
