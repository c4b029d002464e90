package io.newsflow.streams.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Merges the local answers of several instances (scatter-gather): counts are summed by key,
 * then re-ranked and cut. Each instance holds the windows of the keys on its partitions, so for
 * a given key the parts rarely overlap; summing is still right when they do (a standby or a key
 * spread by a repartition of the same window).
 */
final class StatsMerge {
    private static final Comparator<TrendEntry> TREND_ORDER =
        Comparator.comparingLong(TrendEntry::count).reversed().thenComparing(TrendEntry::term);

    private StatsMerge() {
    }

    static Trend trends(List<Trend> parts, int limit) {
        requireLimit(limit);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no trend parts to merge");
        }
        Trend first = parts.get(0);
        // an instance can be a window behind another: the newest window wins, older parts are left out
        Instant newest = parts.stream().map(Trend::windowStart).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        Map<String, Long> counts = new TreeMap<>();
        Instant end = null;
        for (Trend part : parts) {
            if (part.type() != first.type() || part.window() != first.window()) {
                throw new IllegalArgumentException("cannot merge trends of " + part.type() + "/" + part.window().id()
                    + " with " + first.type() + "/" + first.window().id());
            }
            if (newest != null && newest.equals(part.windowStart())) {
                end = part.windowEnd();
                part.items().forEach(e -> counts.merge(e.term(), e.count(), Long::sum));
            }
        }
        List<TrendEntry> items = new ArrayList<>(counts.size());
        counts.forEach((term, count) -> items.add(new TrendEntry(term, count)));
        items.sort(TREND_ORDER);
        return new Trend(first.type(), first.window(), newest, end, items.subList(0, Math.min(limit, items.size())));
    }

    static List<SourceStats> sources(List<List<SourceStats>> parts) {
        Map<String, long[]> sums = new TreeMap<>();
        for (List<SourceStats> part : parts) {
            for (SourceStats s : part) {
                long[] sum = sums.computeIfAbsent(s.source(), k -> new long[3]);
                sum[0] += s.articles();
                sum[1] += s.words();
                sum[2] += s.duplicates();
            }
        }
        List<SourceStats> out = new ArrayList<>(sums.size());
        sums.forEach((source, sum) -> out.add(SourceStats.of(source, sum[0], sum[1], sum[2])));
        out.sort(Comparator.comparingLong(SourceStats::articles).reversed().thenComparing(SourceStats::source));
        return out;
    }

    static List<LanguageCount> languages(List<List<LanguageCount>> parts) {
        Map<String, Long> sums = new TreeMap<>();
        parts.forEach(part -> part.forEach(l -> sums.merge(l.language(), l.count(), Long::sum)));
        List<LanguageCount> out = new ArrayList<>(sums.size());
        sums.forEach((language, count) -> out.add(new LanguageCount(language, count)));
        out.sort(Comparator.comparingLong(LanguageCount::count).reversed().thenComparing(LanguageCount::language));
        return out;
    }

    static List<MinuteCount> minutes(List<List<MinuteCount>> parts) {
        Map<Instant, long[]> sums = new TreeMap<>();
        for (List<MinuteCount> part : parts) {
            for (MinuteCount m : part) {
                long[] sum = sums.computeIfAbsent(m.minute(), k -> new long[2]);
                sum[0] += m.unique();
                sum[1] += m.duplicates();
            }
        }
        List<MinuteCount> out = new ArrayList<>(sums.size());
        sums.forEach((minute, sum) -> out.add(new MinuteCount(minute, sum[0], sum[1])));
        return out;
    }

    static void requireLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("invalid limit " + limit + ": expected 1 or more");
        }
    }
}
