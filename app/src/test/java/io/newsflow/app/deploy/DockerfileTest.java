package io.newsflow.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The {@code Dockerfile} checked as text (no Docker engine here): two stages, the wrapper build, a non-root JRE runtime. */
class DockerfileTest {
    private final List<String> lines = DeployFiles.text("Dockerfile").lines().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();

    @Test
    void shouldBuildWithWrapperThenRunOnJreWhenStagesAreRead() {
        List<String> stages = lines.stream().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(stages).hasSize(2);
        assertThat(stages.get(0)).matches("FROM eclipse-temurin:17-jdk AS build");
        assertThat(stages.get(1)).isEqualTo("FROM eclipse-temurin:17-jre");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("RUN").contains("./mvnw -B -ntp -DskipTests package"));
    }

    @Test
    void shouldRunJarWithLibrariesBesideItAsNonRootUserWhenImageStarts() {
        assertThat(lines).contains("COPY --from=build /src/app/target/lib/ app/lib/",
            "COPY --from=build /src/app/target/newsflow.jar app/newsflow.jar",
            "ENTRYPOINT [\"java\", \"-jar\", \"app/newsflow.jar\"]");
        String user = lines.stream().filter(line -> line.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(user).isEqualTo("USER newsflow");
        // the streams service's health check runs curl inside the container
        assertThat(String.join("\n", lines)).contains("install -y --no-install-recommends curl");
        assertThat(lines).contains("EXPOSE 8080");
    }

    @Test
    void shouldKeepLocalBuildOutputsOutOfContextWhenDockerignoreIsRead() {
        assertThat(DeployFiles.text(".dockerignore").lines()).contains("**/target/", ".newsflow/");
    }
}
