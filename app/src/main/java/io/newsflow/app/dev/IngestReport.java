package io.newsflow.app.dev;

/**
 * What one ingestion did.
 *
 * @param inputs    inputs read (files, feed items, NDJSON lines)
 * @param published articles acknowledged by Kafka on {@code articles.raw}
 * @param rejected  inputs rejected, each recorded on {@code articles.rejected} with its reason
 * @param failed    articles Kafka did not acknowledge
 */
public record IngestReport(long inputs, long published, long rejected, long failed) {

    /** One line for people. */
    public String describe() {
        return inputs + " inputs: " + published + " published, " + rejected + " rejected" + (failed > 0 ? ", " + failed + " FAILED" : "");
    }
}
