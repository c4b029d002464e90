package io.newsflow.app.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.newsflow.app.Newsflow;

/**
 * {@code newsflow streams} in a separate JVM on the test class path, so a test can kill it the
 * hard way ({@link Process#destroyForcibly()}: SIGKILL, no shutdown hook, no clean close), as a
 * crashed machine would. Its output goes to a log file the test can show when it fails.
 */
public final class StreamsProcess implements AutoCloseable {
    private final Process process;
    private final Path log;

    private StreamsProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code java -cp <test class path> io.newsflow.app.Newsflow streams <arguments>}.
     *
     * @param log where the process's stdout and stderr go
     */
    public static StreamsProcess start(Path log, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx384m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Newsflow.class.getName(), "streams"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new StreamsProcess(process, log);
    }

    /** SIGKILL: the JVM stops at once, with open transactions and without leaving the group. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("process " + process.pid() + " survived SIGKILL for 30 s");
        }
    }

    /**
     * SIGTERM, as an orchestrator stops a container: the shutdown hook closes the application
     * cleanly. Returns the exit code once the process has ended.
     */
    public int terminate(java.time.Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("process " + process.pid() + " still running " + timeout + " after SIGTERM");
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines of the process's output, for assertion messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
