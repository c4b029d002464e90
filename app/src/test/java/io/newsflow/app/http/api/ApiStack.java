package io.newsflow.app.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.dev.DevOptions;
import io.newsflow.app.dev.DevStack;
import io.newsflow.app.dev.IngestReport;

/**
 * The dev stack the API integration tests call, at its quiet point: started on free ports, the
 * bundled samples and one input the producer rejects ingested, and /api/stats once every input is
 * counted and accounted for.
 *
 * @param stack      the running stack
 * @param api        its query API
 * @param samples    what ingesting the samples published
 * @param quietStats /api/stats at the quiet point
 */
record ApiStack(DevStack stack, ApiClient api, IngestReport samples, JsonNode quietStats) implements AutoCloseable {

    /** Starts the stack under {@code dir} and ingests until it is quiet; closes it again if that fails. */
    static ApiStack startQuiet(Path dir) throws Exception {
        DevStack stack = DevStack.start(new DevOptions(dir.resolve("data"), 0, 0, 0, 2));
        try {
            ApiClient api = new ApiClient(stack.httpUrl());
            IngestReport samples = stack.ingest(List.of());
            Path bad = Files.createDirectories(dir.resolve("bad"));
            Files.write(bad.resolve("empty.txt"), new byte[0]);
            IngestReport rejected = stack.ingest(List.of(bad));
            assertThat(rejected.rejected()).isEqualTo(1);
            // quiet: every input counted and accounted for
            JsonNode quietStats = api.await("/api/stats", s -> s.at("/counters/raw").asLong() == samples.published()
                && s.at("/counters/rejected").asLong() == 1 && s.at("/reconciliation/balanced").asBoolean());
            return new ApiStack(stack, api, samples, quietStats);
        } catch (Exception | AssertionError e) {
            stack.close();
            throw e;
        }
    }

    @Override
    public void close() {
        stack.close();
    }
}
