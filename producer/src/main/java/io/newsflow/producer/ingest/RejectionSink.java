package io.newsflow.producer.ingest;

import io.newsflow.producer.parse.Rejection;

/** Where rejections go: the {@code articles.rejected} topic, or a list in tests and offline runs. */
@FunctionalInterface
public interface RejectionSink {
    /** Records one rejection; must not throw for a well-formed rejection. */
    void reject(Rejection rejection);
}
