package io.newsflow.producer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsflow.avro.RejectionReason;
import io.newsflow.producer.parse.InputDocument;
import io.newsflow.producer.parse.Rejection;

class InputCollectorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final List<InputDocument> docs = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    private void collect(long limit, String stdin, String... paths) {
        new InputCollector(limit, CLOCK, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))
                .collect(List.of(paths), docs::add, rejections::add);
    }

    @Test
    void shouldWalkDirectoriesRecursivelyInNameOrderWhenGivenADirectory() throws Exception {
        Files.createDirectories(dir.resolve("sub/deeper"));
        Files.writeString(dir.resolve("b.txt"), "B text.");
        Files.writeString(dir.resolve("sub/deeper/a.json"), "{}");
        Files.writeString(dir.resolve(".hidden.txt"), "skip me");
        collect(1024, "", dir.toString());
        assertThat(docs).extracting(InputDocument::origin).containsExactly(dir.resolve("b.txt").toString(),
                dir.resolve("sub/deeper/a.json").toString());
        assertThat(docs.get(0).ingestedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void shouldRejectEachBadFileWithItsReasonAndKeepGoingWhenInputsAreBroken() throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0});
        Files.write(dir.resolve("latin1.txt"), "café".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("big.txt"), "x".repeat(2000).getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("good.txt"), "Fine text.");
        collect(1000, "", dir.toString(), dir.resolve("missing.txt").toString());
        assertThat(docs).extracting(InputDocument::origin).containsExactly(dir.resolve("good.txt").toString());
        assertThat(rejections).extracting(Rejection::code).containsExactlyInAnyOrder(RejectionReason.EMPTY, RejectionReason.BINARY,
                RejectionReason.INVALID_ENCODING, RejectionReason.TOO_LARGE, RejectionReason.UNREADABLE);
        Rejection big = rejections.stream().filter(r -> r.code() == RejectionReason.TOO_LARGE).findFirst().orElseThrow();
        assertThat(big.origin()).endsWith("big.txt");
        assertThat(big.reason()).contains("2000 bytes").contains("1000");
        assertThat(big.rawSize()).isEqualTo(2000);
        assertThat(rejections.stream().filter(r -> r.code() == RejectionReason.UNREADABLE).findFirst().orElseThrow().reason()).contains("no such file");
    }

    @Test
    void shouldHandOnTheBytesWhenAFileIsAPdfOrAGzippedArchive() throws Exception {
        Files.write(dir.resolve("release.pdf"), "%PDF-1.7\n\u0000\u0001 binary".getBytes(StandardCharsets.ISO_8859_1));
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write("WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("crawl.warc.gz"), gz.toByteArray());
        collect(100_000, "", dir.toString());
        assertThat(rejections).isEmpty(); // the parser reads their bytes: no binary rejection before it
        assertThat(docs).extracting(InputDocument::origin).containsExactly(dir.resolve("crawl.warc.gz").toString(),
                dir.resolve("release.pdf").toString());
    }

    @Test
    void shouldRejectUnreadableFileWhenPermissionsDenyIt() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "text");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(secret), "running as a user who can read anything");
        collect(1000, "", secret.toString());
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(RejectionReason.UNREADABLE);
            assertThat(r.reason()).contains("not readable");
        });
    }

    @Test
    void shouldReadStdinAndRejectItWhenOverTheLimit() {
        collect(1000, "Title\n\nBody text.", "-");
        assertThat(docs).singleElement().extracting(InputDocument::origin).isEqualTo("stdin");
        docs.clear();
        collect(10, "x".repeat(50), "-");
        assertThat(docs).isEmpty();
        assertThat(rejections).singleElement().extracting(Rejection::code).isEqualTo(RejectionReason.TOO_LARGE);
    }

    @Test
    void shouldRefuseANonPositiveLimitWhenConstructed() {
        assertThatThrownBy(() -> new InputCollector(0, CLOCK, System.in)).hasMessageContaining("0");
    }
}
