package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The walking skeleton: a plain-text article file goes through the whole pipeline on the real embedded stack. */
class DevCommandIT {

    @TempDir
    Path dir;

    @Test
    void shouldIngestEnrichAndSummariseWhenDevRunsUntilIdle() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("strike.txt"), """
            Dockworkers Walk Out in Rotterdam

            Dockworkers in Rotterdam walked off the job on Monday morning, and within hours the queue of
            container ships waiting outside the terminals had grown to nineteen vessels.

            The strike, called by the FNV union after talks collapsed, is the largest stoppage at the port since 2019.
            """);

        StringWriter out = new StringWriter();
        CommandLine cli = NewsflowCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("dev", "--data-dir", dir.resolve("data").toString(), "--kafka-port", "0",
            "--registry-port", "0", "--http-port", "0", "--exit-when-idle", "--idle-timeout", "2m", inputs.toString());

        assertThat(exit).as("exit code; output: %s", out).isZero();
        JsonNode summary = new ObjectMapper().readTree(out.toString());
        assertThat(summary.get("published").asLong()).isEqualTo(1);
        assertThat(summary.get("rejected").asLong()).isZero();
        assertThat(summary.at("/topics/articles.raw").asLong()).isEqualTo(1);
        assertThat(summary.at("/topics/articles.enriched").asLong()).isEqualTo(1);
    }
}
