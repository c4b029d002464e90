package io.newsflow.streams.query;

import java.time.Instant;

/**
 * Articles of one minute (by ingest time), for the per-minute chart.
 *
 * @param minute     start of the minute
 * @param unique     unique articles (first versions, less corrections)
 * @param duplicates duplicate decisions
 */
public record MinuteCount(Instant minute, long unique, long duplicates) {
}
