package io.newsflow.streams.aggregate.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

import io.newsflow.avro.DuplicateDetected;
import io.newsflow.avro.EnrichedArticle;
import io.newsflow.avro.Entity;
import io.newsflow.avro.Keyword;
import io.newsflow.avro.LanguageStats;
import io.newsflow.avro.SourceCounts;
import io.newsflow.avro.SourceStats;
import io.newsflow.avro.TrendItem;
import io.newsflow.avro.TrendStats;
import io.newsflow.avro.TrendTerms;
import io.newsflow.avro.TrendType;
import io.newsflow.streams.aggregate.SpaceSaving;
import io.newsflow.streams.aggregate.SpaceSavingMerge;
import io.newsflow.streams.aggregate.SpaceSavingCodec;
import io.newsflow.streams.aggregate.StatsKeys;
import io.newsflow.streams.aggregate.WindowSpec;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;

/**
 * Pure mappings between the pipeline's events, the statistics' deltas and sums, and the
 * published statistics records. No state, no Kafka I/O: the stage only calls these.
 */
public final class StatsMapping {
    /** Space-Saving counters per window and kind: the memory bound of a trend window. */
    public static final int SKETCH_CAPACITY = 200;
    /** Terms published per trend record. */
    public static final int PUBLISHED_TOP = 20;

    private StatsMapping() {
    }

    /** Whether a published article counts as a new article (a revision was counted as its first version). */
    public static boolean firstVersion(EnrichedArticle e) {
        return e.getRevision() == 0;
    }

    /** The source key of an article. */
    public static String source(EnrichedArticle e) {
        return StatsKeys.orUnknown(e.getArticle().getSource());
    }

    /** The source key of a duplicate decision. */
    public static String source(DuplicateDetected d) {
        return StatsKeys.orUnknown(d.getSource());
    }

    /** The language key of an article. */
    public static String language(EnrichedArticle e) {
        return StatsKeys.orUnknown(e.getLanguage());
    }

    /** A unique first version: one article, unique, with its words. */
    public static SourceCounts countsOf(EnrichedArticle e) {
        return new SourceCounts(1L, 1L, 0L, (long) e.getWordCount());
    }

    /**
     * A duplicate: one more article, unless it corrects an article already counted as unique
     * (retrospective), which then moves from unique to duplicates.
     */
    public static SourceCounts countsOf(DuplicateDetected d) {
        return d.getRetrospective() ? new SourceCounts(0L, -1L, 1L, 0L) : new SourceCounts(1L, 0L, 1L, 0L);
    }

    /** The empty sum. */
    public static SourceCounts zero() {
        return new SourceCounts(0L, 0L, 0L, 0L);
    }

    /** The sum of two counts (a new value; store values are never mutated in place). */
    public static SourceCounts add(SourceCounts a, SourceCounts b) {
        return new SourceCounts(a.getArticles() + b.getArticles(), a.getUnique() + b.getUnique(),
            a.getDuplicates() + b.getDuplicates(), a.getWords() + b.getWords());
    }

    /** One record per kind of term the article names, keyed by the kind's name, with its distinct terms. */
    public static List<KeyValue<String, TrendTerms>> trendTerms(EnrichedArticle e) {
        Map<TrendType, Set<String>> terms = new EnumMap<>(TrendType.class);
        for (Entity entity : e.getEntities()) {
            TrendType type = switch (entity.getType()) {
                case PERSON -> TrendType.PERSONS;
                case LOCATION -> TrendType.LOCATIONS;
                case ORGANIZATION -> TrendType.ORGANIZATIONS;
            };
            terms.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(entity.getName());
        }
        for (Keyword keyword : e.getKeywords()) {
            terms.computeIfAbsent(TrendType.KEYWORDS, t -> new LinkedHashSet<>()).add(keyword.getTerm());
        }
        List<KeyValue<String, TrendTerms>> out = new ArrayList<>(terms.size());
        terms.forEach((type, set) -> out.add(KeyValue.pair(type.name(), new TrendTerms(new ArrayList<>(set)))));
        return out;
    }

    /** An empty summary, encoded ({@link SpaceSavingCodec}: the trend stores' value). */
    public static byte[] emptySketch() {
        return SpaceSavingCodec.empty(SKETCH_CAPACITY);
    }

    /** The encoded summary with one occurrence of each of {@code terms} added, updated without decoding it. */
    public static byte[] addTerms(byte[] sketch, TrendTerms terms) {
        return SpaceSavingCodec.add(sketch, terms.getTerms());
    }

    /**
     * The summary of the {@code spec} window starting at {@code windowStart}, merged from its panes
     * ({@link SpaceSavingMerge#merge}); {@code panes} maps pane starts to summaries and may hold others.
     * Null when none of the window's panes has data.
     */
    public static SpaceSaving mergePanes(WindowSpec spec, NavigableMap<Long, SpaceSaving> panes, long windowStart) {
        Collection<SpaceSaving> parts = panes.subMap(windowStart, true, spec.lastPaneStart(windowStart), true).values();
        return parts.isEmpty() ? null : SpaceSavingMerge.merge(SKETCH_CAPACITY, parts);
    }

    /** The published record of a source's window. */
    public static SourceStats sourceStats(WindowSpec spec, Windowed<String> window, SourceCounts c) {
        double rate = c.getArticles() <= 0 ? 0.0 : (double) c.getDuplicates() / c.getArticles();
        return new SourceStats(window.key(), spec.id(), start(window), end(window), c.getArticles(), c.getUnique(),
            c.getDuplicates(), c.getWords(), rate);
    }

    /** The published record of a language's window. */
    public static LanguageStats languageStats(WindowSpec spec, Windowed<String> window, Long count) {
        return new LanguageStats(window.key(), spec.id(), start(window), end(window), count);
    }

    /** The published record of a trend window: the top {@value #PUBLISHED_TOP} terms. */
    public static TrendStats trendStats(WindowSpec spec, Windowed<String> window, byte[] sketch) {
        return trendStats(spec, window.key(), window.window().start(), SpaceSavingCodec.decode(sketch));
    }

    /** The published record of the {@code spec} window of trend kind {@code type} starting at {@code start}. */
    public static TrendStats trendStats(WindowSpec spec, String type, long start, SpaceSaving sketch) {
        List<TrendItem> top = new ArrayList<>(PUBLISHED_TOP);
        for (SpaceSaving.Counter c : sketch.top(PUBLISHED_TOP)) {
            top.add(new TrendItem(c.term(), c.count(), c.error()));
        }
        return new TrendStats(TrendType.valueOf(type), spec.id(), Instant.ofEpochMilli(start),
            Instant.ofEpochMilli(start + spec.size().toMillis()), sketch.total(), top);
    }

    /** The readable record key of a window: {@code <window>/<key>@<windowStart>}. */
    public static String recordKey(WindowSpec spec, Windowed<String> window) {
        return StatsKeys.recordKey(spec.id(), window.key(), window.window().start());
    }

    private static Instant start(Windowed<String> window) {
        return Instant.ofEpochMilli(window.window().start());
    }

    private static Instant end(Windowed<String> window) {
        return Instant.ofEpochMilli(window.window().end());
    }
}
