package io.newsflow.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Measures what an idle {@code newsflow dev} occupies: starts it as its own process (this JVM's
 * java and class path, the launcher's default heap options, free ports, a temporary data
 * directory), waits until it has ingested the bundled samples and says it is running, lets it
 * idle, reads {@code VmRSS}/{@code VmHWM} from {@code /proc/PID/status}, and stops it with SIGTERM.
 */
final class DevIdleRssProbe {
    /** The heap options of the {@code newsflow} launcher script (its NEWSFLOW_JAVA_OPTS default). */
    static final String LAUNCHER_OPTIONS = "-Xms128m -Xmx1g -XX:+ExitOnOutOfMemoryError";
    private static final String RUNNING = "newsflow dev: running";

    private DevIdleRssProbe() {
    }

    static BenchResult.DevIdleRss measure(Duration idle, Duration startTimeout) {
        Path dir;
        try {
            dir = Files.createTempDirectory("newsflow-bench-dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(LAUNCHER_OPTIONS.split(" ")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.newsflow.app.Newsflow", "dev",
            "--data-dir", dir.toString(), "--kafka-port", "0", "--registry-port", "0", "--http-port", "0"));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start newsflow dev: " + command, e);
        }
        try {
            awaitRunning(process, startTimeout);
            sleep(idle);
            Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
            return new BenchResult.DevIdleRss(ResourceMeter.statusKb(status, "VmRSS") * 1024,
                ResourceMeter.statusKb(status, "VmHWM") * 1024, idle.toMillis() / 1000.0, LAUNCHER_OPTIONS);
        } finally {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            BenchEnvironment.deleteRecursively(dir);
        }
    }

    private static void awaitRunning(Process process, Duration timeout) {
        CountDownLatch running = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    if (line.contains(RUNNING)) {
                        running.countDown();
                    }
                }
            } catch (IOException e) {
                // the process ended: awaitRunning reports it
            }
        }, "newsflow-bench-dev-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("newsflow dev did not report '" + RUNNING + "' within " + timeout
                    + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + ")"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for newsflow dev", e);
        }
    }

    /** The idle period is what is being measured, not a wait for a condition. */
    private static void sleep(Duration idle) {
        try {
            Thread.sleep(idle.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
