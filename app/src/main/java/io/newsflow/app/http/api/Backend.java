package io.newsflow.app.http.api;

import io.newsflow.streams.query.ArticleQueries;

/**
 * What the API queries once the streams application exists: its article index, its
 * aggregations, and the other instances.
 *
 * @param articles the local article index
 * @param stats    the local aggregations and their merges
 * @param cluster  the other instances
 */
public record Backend(ArticleQueries articles, StatsView stats, Cluster cluster) {
}
