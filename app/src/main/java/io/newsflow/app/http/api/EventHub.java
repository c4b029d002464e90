package io.newsflow.app.http.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.sse.SseClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/events}: Server-Sent Events to every connected client. {@code article} and
 * {@code duplicate} as the {@link PipelineFeed} reads them; {@code stats} at most once a second
 * when the counts changed; {@code trend} when a polled top list changed; a comment every 15 s so
 * proxies keep the connection and dead clients are noticed. Every send happens on one thread,
 * so events never interleave on a connection.
 */
public final class EventHub implements PipelineFeed.Listener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final long HEARTBEAT_SECONDS = 15;
    static final long TREND_POLL_SECONDS = 2;

    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "newsflow-api-events"));
    /** Trend queries can be slow: they run apart, so they never hold up article events. */
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "newsflow-api-trends"));
    private final AtomicBoolean counted = new AtomicBoolean();
    private final Map<String, StatsJson.Trend> lastTrends = new HashMap<>();
    private final StatsRoutes stats;

    /** @param stats where the {@code stats} and {@code trend} events come from */
    public EventHub(StatsRoutes stats) {
        this.stats = stats;
        sender.scheduleAtFixedRate(this::sendStatsIfCounted, 1, 1, TimeUnit.SECONDS);
        poller.scheduleWithFixedDelay(() -> pollTrends(true), TREND_POLL_SECONDS, TREND_POLL_SECONDS, TimeUnit.SECONDS);
        sender.scheduleAtFixedRate(() -> clients.forEach(c -> send(c, () -> c.sendComment("heartbeat"))),
            HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** Installs {@code GET /api/events}. */
    public void install(Javalin app) {
        app.sse("/api/events", client -> {
            client.keepAlive();
            client.onClose(() -> clients.remove(client));
            // trends are polled only while someone listens: the first client waits for the baseline
            // changes are told against, then gets a first comment so it knows it is connected
            poller.execute(() -> {
                if (clients.isEmpty()) {
                    pollTrends(false);
                }
                sender.execute(() -> {
                    if (send(client, () -> client.sendComment("connected"))) {
                        clients.add(client);
                    }
                });
            });
        });
    }

    /** Connected clients (for tests and the status line). */
    public int clientCount() {
        return clients.size();
    }

    @Override
    public void article(ArticleJson.Item item) {
        broadcast("article", item);
    }

    @Override
    public void duplicate(ArticleJson.Item item) {
        broadcast("duplicate", item);
    }

    @Override
    public void counted() {
        counted.set(true);
    }

    private void sendStatsIfCounted() {
        if (counted.getAndSet(false) && !clients.isEmpty()) {
            broadcastNow("stats", stats.countersEvent());
        }
    }

    /** Polls every trend; with {@code announce}, sends those that changed since the last poll (only while clients listen). */
    private void pollTrends(boolean announce) {
        if (announce && clients.isEmpty()) {
            return;
        }
        for (String type : ApiParams.TREND_TYPES) {
            for (String window : ApiParams.WINDOWS) {
                try {
                    StatsJson.Trend trend = stats.trend(type, window, StatsRoutes.DEFAULT_TREND_LIMIT);
                    StatsJson.Trend before = lastTrends.put(type + "/" + window, trend);
                    if (announce && !trend.equals(before)) {
                        broadcast("trend", trend);
                    }
                } catch (RuntimeException e) {
                    // not queryable now (starting, rebalancing, a peer away): the next poll tries again
                    LOG.debug("Trend {} {} not polled: {}", type, window, e.toString());
                }
            }
        }
    }

    private void broadcast(String event, Object data) {
        if (!clients.isEmpty()) {
            sender.execute(() -> broadcastNow(event, data));
        }
    }

    private void broadcastNow(String event, Object data) {
        String json;
        try {
            json = JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            LOG.warn("Cannot write {} event as JSON", event, e);
            return;
        }
        clients.forEach(c -> send(c, () -> c.sendEvent(event, json)));
    }

    /** Sends, dropping the client when its connection is gone; true when sent. */
    private boolean send(SseClient client, Runnable send) {
        if (client.terminated()) {
            clients.remove(client);
            return false;
        }
        try {
            send.run();
            return true;
        } catch (RuntimeException e) {
            clients.remove(client);
            return false;
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        poller.shutdownNow();
        sender.shutdownNow();
        clients.forEach(SseClient::close);
        clients.clear();
    }
}
