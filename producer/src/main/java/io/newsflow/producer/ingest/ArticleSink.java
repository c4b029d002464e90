package io.newsflow.producer.ingest;

import io.newsflow.avro.Article;

/** Where parsed articles go: the {@code articles.raw} topic, or a list in tests and offline runs. */
@FunctionalInterface
public interface ArticleSink {
    /** Sends one article. */
    void publish(Article article);
}
