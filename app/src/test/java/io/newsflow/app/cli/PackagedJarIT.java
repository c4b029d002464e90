package io.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command runs from its jar and the runtime libraries copied beside it ({@code target/lib}), not from the
 * test classpath: a library the code needs at run time but the build declares for tests only is missing there, and
 * only this test sees it (the YAML reader of Markdown front matter once was, and {@code ./newsflow dev} failed).
 */
class PackagedJarIT {

    @TempDir
    Path dir;

    @Test
    void shouldParseAMarkdownExportWhenRunFromThePackagedJar() throws Exception {
        Path jar = Path.of("target", "newsflow.jar");
        assertThat(jar).exists();
        Path markdown = dir.resolve("post.md");
        Files.writeString(markdown, "---\ntitle: Council closes the old bridge to cars\nauthor: Maren Holt\ndate: 2025-12-01\n---\n\n"
                + "The council voted on Tuesday to close the old bridge to cars, a decision that split the town.\n\n"
                + "Works start in May and last a year.\n");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "parse", "--json", markdown.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Council closes the old bridge to cars").contains("Maren Holt");
    }
}
