package io.newsflow.app.http.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.newsflow.streams.query.LanguageCount;
import io.newsflow.streams.query.MinuteCount;
import io.newsflow.streams.query.SourceStats;
import io.newsflow.streams.query.StatsQueries;
import io.newsflow.streams.query.StatsWindow;
import io.newsflow.streams.query.Trend;
import io.newsflow.streams.query.TrendEntry;
import io.newsflow.streams.query.TrendType;

/**
 * The API's view of the streams application's windowed statistics: {@link StatsQueries} on the
 * local stores, its merge helpers for several instances, and the mapping to and from the JSON
 * shapes (what peers send is read back into the query types before merging).
 */
public final class StatsQueriesView implements StatsView {
    private final StatsQueries queries;

    public StatsQueriesView(StatsQueries queries) {
        this.queries = queries;
    }

    @Override
    public StatsJson.Trend trend(String type, String window, int limit) {
        return json(queries.trend(TrendType.fromPath(type), StatsWindow.fromId(window), limit));
    }

    @Override
    public StatsJson.Sources sources(String window) {
        return new StatsJson.Sources(window, queries.sources(StatsWindow.fromId(window)).stream().map(StatsQueriesView::json).toList());
    }

    @Override
    public List<StatsJson.MinuteRow> articlesPerMinute(Duration lookback) {
        return queries.articlesPerMinute(lookback).stream().map(StatsQueriesView::json).toList();
    }

    @Override
    public List<StatsJson.LanguageRow> languages(String window) {
        return queries.languages(StatsWindow.fromId(window)).stream().map(l -> new StatsJson.LanguageRow(l.language(), l.count())).toList();
    }

    @Override
    public StatsJson.Trend mergeTrends(List<StatsJson.Trend> parts, int limit) {
        return json(StatsQueries.mergeTrends(parts.stream().map(StatsQueriesView::trend).toList(), limit));
    }

    @Override
    public StatsJson.Sources mergeSources(List<StatsJson.Sources> parts) {
        List<List<SourceStats>> lists = parts.stream().map(p -> p.sources().stream()
            .map(s -> new SourceStats(s.source(), s.articles(), s.words(), s.duplicates(), s.duplicateRate())).toList()).toList();
        return new StatsJson.Sources(parts.get(0).window(), StatsQueries.mergeSources(lists).stream().map(StatsQueriesView::json).toList());
    }

    @Override
    public List<StatsJson.MinuteRow> mergeMinutes(List<List<StatsJson.MinuteRow>> parts) {
        List<List<MinuteCount>> lists = parts.stream().map(p -> p.stream()
            .map(m -> new MinuteCount(Instant.parse(m.minute()), m.unique(), m.duplicates())).toList()).toList();
        return StatsQueries.mergeMinutes(lists).stream().map(StatsQueriesView::json).toList();
    }

    @Override
    public List<StatsJson.LanguageRow> mergeLanguages(List<List<StatsJson.LanguageRow>> parts) {
        List<List<LanguageCount>> lists = parts.stream().map(p -> p.stream()
            .map(l -> new LanguageCount(l.language(), l.count())).toList()).toList();
        return StatsQueries.mergeLanguages(lists).stream().map(l -> new StatsJson.LanguageRow(l.language(), l.count())).toList();
    }

    static StatsJson.Trend json(Trend t) {
        return new StatsJson.Trend(t.type().path(), t.window().id(), text(t.windowStart()), text(t.windowEnd()),
            t.items().stream().map(e -> new StatsJson.TermCount(e.term(), e.count())).toList());
    }

    static Trend trend(StatsJson.Trend t) {
        return new Trend(TrendType.fromPath(t.type()), StatsWindow.fromId(t.window()), instant(t.windowStart()), instant(t.windowEnd()),
            t.items().stream().map(e -> new TrendEntry(e.term(), e.count())).toList());
    }

    private static StatsJson.SourceRow json(SourceStats s) {
        return new StatsJson.SourceRow(s.source(), s.articles(), s.words(), s.duplicates(), s.duplicateRate());
    }

    private static StatsJson.MinuteRow json(MinuteCount m) {
        return new StatsJson.MinuteRow(m.minute().toString(), m.unique(), m.duplicates());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
