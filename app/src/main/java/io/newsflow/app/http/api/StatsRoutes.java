package io.newsflow.app.http.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsflow.app.dev.RecordCounts;

/**
 * {@code GET /api/trends/{type}}, {@code /api/sources} and {@code /api/stats}: this instance's
 * aggregations merged with every other instance's ({@code local=true} asks for this instance's
 * part only); the counters of {@code /api/stats} come from this instance's {@link PipelineFeed},
 * which reads every partition itself.
 */
public final class StatsRoutes {
    /** The window of /api/stats' languages, and the default window of trends and sources. */
    static final String DEFAULT_WINDOW = "1h";
    /** /api/stats' articles per minute cover the last hour. */
    static final Duration MINUTES = Duration.ofMinutes(60);
    static final int DEFAULT_TREND_LIMIT = 10;
    static final int MAX_TREND_LIMIT = 100;

    private final Supplier<Backend> backend;
    private final RecordCounts counts;

    /**
     * @param backend the streams application, once running
     * @param counts  the counts the {@link PipelineFeed} keeps
     */
    public StatsRoutes(Supplier<Backend> backend, RecordCounts counts) {
        this.backend = backend;
        this.counts = counts;
    }

    /** Installs the three routes. */
    public void install(Javalin app) {
        app.get("/api/trends/{type}", this::trend);
        app.get("/api/sources", this::sources);
        app.get("/api/stats", this::stats);
    }

    private void trend(Context ctx) {
        String type = ApiParams.trendType(ctx);
        String window = ApiParams.window(ctx, DEFAULT_WINDOW);
        int limit = ApiParams.limit(ctx, DEFAULT_TREND_LIMIT, MAX_TREND_LIMIT);
        boolean localOnly = ApiParams.local(ctx);
        ctx.json(localOnly ? backend.get().stats().trend(type, window, limit) : trend(type, window, limit));
    }

    /** The trend over every instance (also what the SSE {@code trend} events watch). */
    public StatsJson.Trend trend(String type, String window, int limit) {
        Backend b = backend.get();
        List<StatsJson.Trend> parts = new ArrayList<>();
        parts.add(b.stats().trend(type, window, limit));
        parts.addAll(b.cluster().gather("/api/trends/" + type, "window=" + window + "&limit=" + limit, StatsJson.Trend.class));
        return parts.size() == 1 ? parts.get(0) : b.stats().mergeTrends(parts, limit);
    }

    private void sources(Context ctx) {
        String window = ApiParams.window(ctx, DEFAULT_WINDOW);
        boolean localOnly = ApiParams.local(ctx);
        Backend b = backend.get();
        StatsJson.Sources local = b.stats().sources(window);
        if (localOnly) {
            ctx.json(local);
            return;
        }
        List<StatsJson.Sources> parts = new ArrayList<>();
        parts.add(local);
        parts.addAll(b.cluster().gather("/api/sources", "window=" + window, StatsJson.Sources.class));
        ctx.json(parts.size() == 1 ? local : b.stats().mergeSources(parts));
    }

    private void stats(Context ctx) {
        boolean localOnly = ApiParams.local(ctx);
        Backend b = backend.get();
        StatsJson.Counters counters = counters();
        StatsJson.Stats local = new StatsJson.Stats(counters, counters.reconcile(), b.stats().articlesPerMinute(MINUTES),
            b.stats().languages(DEFAULT_WINDOW));
        if (localOnly) {
            ctx.json(local);
            return;
        }
        List<StatsJson.Stats> parts = new ArrayList<>();
        parts.add(local);
        parts.addAll(b.cluster().gather("/api/stats", "", StatsJson.Stats.class));
        if (parts.size() == 1) {
            ctx.json(local);
            return;
        }
        // every instance counts every partition itself: the counters are this one's
        ctx.json(new StatsJson.Stats(counters, local.reconciliation(),
            b.stats().mergeMinutes(parts.stream().map(StatsJson.Stats::articlesPerMinute).toList()),
            b.stats().mergeLanguages(parts.stream().map(StatsJson.Stats::languages).toList())));
    }

    /** The counters and their reconciliation now: the SSE {@code stats} event. */
    public StatsJson.CountersEvent countersEvent() {
        StatsJson.Counters counters = counters();
        return new StatsJson.CountersEvent(counters, counters.reconcile());
    }

    private StatsJson.Counters counters() {
        return StatsJson.Counters.of(counts);
    }
}
