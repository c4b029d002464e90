package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow bench} runs to completion on a small corpus and reports every figure (no speed assertions). */
class BenchCommandIT {

    @TempDir
    Path dir;

    @Test
    void shouldReportEveryFigureWhenBenchRunsOnSmallCorpus() throws Exception {
        Path json = dir.resolve("bench.json");
        Path plot = dir.resolve("bench.svg");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NewsflowCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("bench", "--articles", "200", "--warmup", "20", "--size-kb", "4", "--duplicate-rate", "0.2",
            "--phase-timeout", "5m", "--dev-idle-rss", "--dev-idle", "1s", "--json", json.toString(), "--plot", plot.toString());

        assertThat(exit).as("exit code; stderr: %s", err).isZero();
        assertThat(out.toString()).contains("(a) EOS passthrough", "(b) full pipeline", "ratio (b)/(a)", "p99");
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        for (String phase : List.of("parse", "baseline", "pipeline")) {
            JsonNode p = result.get(phase);
            assertThat(p.get("articles").asLong()).as(phase).isEqualTo(200);
            for (String figure : List.of("articlesPerSecond", "megabytesPerSecond", "cpuSecondsPer1000", "peakHeapBytes",
                    "rssBytes", "peakRssBytes", "seconds")) {
                assertThat(p.get(figure).asDouble()).as(phase + "." + figure).isPositive();
            }
        }
        for (String phase : List.of("baseline", "pipeline")) {
            assertThat(result.get(phase).get("recordsPerArticle").asDouble()).as(phase + ".recordsPerArticle").isGreaterThanOrEqualTo(1);
            assertThat(result.get(phase).get("bytesPerArticle").asDouble()).as(phase + ".bytesPerArticle").isPositive();
        }
        assertThat(result.get("ratio").asDouble()).isPositive();
        JsonNode latency = result.get("latency");
        assertThat(latency.get("samples").asInt()).isPositive();
        for (String figure : List.of("offeredPerSecond", "achievedPerSecond", "p50Ms", "p90Ms", "p99Ms", "maxMs", "meanMs")) {
            assertThat(latency.get(figure).asDouble()).as("latency." + figure).isPositive();
        }
        assertThat(latency.get("percentilesMs")).hasSize(21);
        assertThat(result.at("/devIdleRss/rssBytes").asLong()).isPositive();
        assertThat(result.at("/corpus/exactCopies").asInt() + result.at("/corpus/nearCopies").asInt()).isPositive();
        assertThat(result.at("/machine/cores").asInt()).isPositive();
        assertThat(Files.readString(plot)).startsWith("<svg").contains("(b) full pipeline", "p99").endsWith("</svg>\n");
    }
}
