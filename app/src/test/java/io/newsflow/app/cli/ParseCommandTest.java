package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        CommandLine cmd = new CommandLine(new ParseCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), CLOCK));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void shouldPrintOneJsonObjectPerArticleWithSchemaFieldNamesWhenJsonIsAsked() throws Exception {
        Files.writeString(dir.resolve("a.ndjson"), "{\"title\":\"One\",\"body\":\"Text one.\",\"author\":\"JANE DOE\"}\n"
                + "{\"title\":\"Two\",\"body\":\"Text two.\"}\n");
        int code = run("", "--json", dir.resolve("a.ndjson").toString());
        String[] lines = out.toString().strip().split("\n");
        assertThat(code).isZero();
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("title").asText()).isEqualTo("One");
        assertThat(first.get("authors").get(0).asText()).isEqualTo("Jane Doe");
        assertThat(first.get("ingestedAt").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(first.get("inputFormat").asText()).isEqualTo("JSON");
        assertThat(first.has("publishedAtProvenance")).isTrue();
    }

    @Test
    void shouldPrintReadableArticleWhenReadingStdin() {
        int code = run("Bridge Closes to Cars\n\nHome / Local / Bridge Closes to Cars\nThe council voted to close the bridge.\n\nTraders objected.", "-");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("title:       Bridge Closes to Cars").contains("section:     Local").contains("stdin");
    }

    @Test
    void shouldReportRejectionsOnStderrAndExitOneWhenAnInputIsBad() throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("bad.ndjson"), "{\"title\":\"No body\"}\n");
        int code = run("", dir.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("empty.txt").contains("EMPTY").contains("bad.ndjson:1").contains("MISSING_FIELD");
    }
}
