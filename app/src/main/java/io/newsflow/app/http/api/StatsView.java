package io.newsflow.app.http.api;

import java.time.Duration;
import java.util.List;

/**
 * What the API needs of the streams application's aggregations (trends, sources, minutes,
 * languages): this instance's part, and how parts from several instances merge. Parameters are
 * already validated ({@link ApiParams#TREND_TYPES}, {@link ApiParams#WINDOWS}).
 */
public interface StatsView {

    /** This instance's latest window with data of a trend type, top {@code limit}. */
    StatsJson.Trend trend(String type, String window, int limit);

    /** This instance's per-outlet figures in the latest window, most articles first. */
    StatsJson.Sources sources(String window);

    /** This instance's articles per minute over {@code lookback}, oldest first. */
    List<StatsJson.MinuteRow> articlesPerMinute(Duration lookback);

    /** This instance's articles per language in the latest window. */
    List<StatsJson.LanguageRow> languages(String window);

    /** Several instances' trends as one. */
    StatsJson.Trend mergeTrends(List<StatsJson.Trend> parts, int limit);

    /** Several instances' sources as one. */
    StatsJson.Sources mergeSources(List<StatsJson.Sources> parts);

    /** Several instances' minutes as one. */
    List<StatsJson.MinuteRow> mergeMinutes(List<List<StatsJson.MinuteRow>> parts);

    /** Several instances' languages as one. */
    List<StatsJson.LanguageRow> mergeLanguages(List<List<StatsJson.LanguageRow>> parts);

    /** No aggregations: empty answers (a topology without them, or not started yet). */
    StatsView NONE = new StatsView() {
        @Override
        public StatsJson.Trend trend(String type, String window, int limit) {
            return new StatsJson.Trend(type, window, null, null, List.of());
        }

        @Override
        public StatsJson.Sources sources(String window) {
            return new StatsJson.Sources(window, List.of());
        }

        @Override
        public List<StatsJson.MinuteRow> articlesPerMinute(Duration lookback) {
            return List.of();
        }

        @Override
        public List<StatsJson.LanguageRow> languages(String window) {
            return List.of();
        }

        @Override
        public StatsJson.Trend mergeTrends(List<StatsJson.Trend> parts, int limit) {
            return parts.get(0);
        }

        @Override
        public StatsJson.Sources mergeSources(List<StatsJson.Sources> parts) {
            return parts.get(0);
        }

        @Override
        public List<StatsJson.MinuteRow> mergeMinutes(List<List<StatsJson.MinuteRow>> parts) {
            return parts.get(0);
        }

        @Override
        public List<StatsJson.LanguageRow> mergeLanguages(List<List<StatsJson.LanguageRow>> parts) {
            return parts.get(0);
        }
    };
}
