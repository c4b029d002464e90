package io.newsflow.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import io.newsflow.app.dev.DevOptions;
import io.newsflow.app.dev.DevStack;
import io.newsflow.app.dev.DevSummary;
import io.newsflow.app.dev.IngestReport;
import io.newsflow.app.dev.OutputCounter;
import io.newsflow.app.dev.StreamsBacklog;
import io.newsflow.streams.topology.TopicNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow dev}: the whole pipeline on the embedded default, ingesting the given inputs
 * (or the bundled samples), until Ctrl-C or, with {@code --exit-when-idle}, until every input
 * has been processed.
 */
@Command(name = "dev", mixinStandardHelpOptions = true,
    description = {"Run the whole pipeline locally: an embedded Kafka broker, the Schema Registry, the streams",
        "application and the HTTP port; ingest PATHs (default: the bundled sample articles)."})
public final class DevCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories (recursive) to ingest. Default: the bundled samples.")
    List<Path> paths = List.of();

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = ".newsflow",
        description = "Where Kafka data and streams state persist across runs (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "Kafka client port (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--registry-port", defaultValue = "8081", description = "Schema Registry port (default: ${DEFAULT-VALUE}).")
    int registryPort;

    @Option(names = "--http-port", defaultValue = "8080", description = "HTTP port: ingestion, API, health, metrics (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of each topic on a fresh broker (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--exit-when-idle", description = "Stop once every input has been processed and print a JSON summary.")
    boolean exitWhenIdle;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "5m",
        description = "With --exit-when-idle: fail if processing has not finished after this long (default: ${DEFAULT-VALUE}).")
    Duration idleTimeout;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final AtomicBoolean stopping = new AtomicBoolean();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DevOptions options = new DevOptions(dataDir, kafkaPort, registryPort, httpPort, partitions);
        err.println("newsflow dev: starting (data in " + options.dataDir() + ")...");
        DevStack stack = DevStack.start(options);
        Thread hook = new Thread(() -> {
            stopping.set(true);
            stack.close();
        }, "newsflow-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (OutputCounter counter = new OutputCounter(stack.bootstrapServers(), TopicNames.ARTICLES)) {
            printEndpoints(err, stack);
            long started = System.nanoTime();
            IngestReport ingested = stack.ingest(paths);
            err.println("newsflow dev: ingested " + ingested.describe());
            return exitWhenIdle ? runUntilIdle(stack, counter, ingested, started, out, err) : runUntilStopped(stack, counter, err);
        } finally {
            if (!stopping.get()) {
                Runtime.getRuntime().removeShutdownHook(hook);
                stack.close();
            }
        }
    }

    private static void printEndpoints(PrintWriter err, DevStack stack) {
        err.println("  Kafka            " + stack.bootstrapServers());
        err.println("  Schema Registry  " + stack.schemaRegistryUrl());
        err.println("  HTTP             " + stack.httpUrl() + "  (POST /articles, GET /api/..., /api/events, /health/live, /health/ready, /metrics)");
        err.println("  Dashboard        " + stack.httpUrl() + "/");
        err.println("  Topics           " + String.join(", ", TopicNames.ALL));
        err.flush();
    }

    /**
     * How long the output must stay unchanged once complete: the streams application has consumed all its
     * input and the counter has read all its output, so this is only a margin for a commit in flight.
     */
    private static final Duration QUIET = Duration.ofSeconds(1);

    private int runUntilIdle(DevStack stack, OutputCounter counter, IngestReport ingested, long started,
                             PrintWriter out, PrintWriter err) {
        long deadline = System.nanoTime() + idleTimeout.toNanos();
        Set<String> terminal = Set.of(TopicNames.ARTICLES_ENRICHED, TopicNames.ARTICLES_DUPLICATES, TopicNames.ARTICLES_DLQ);
        Map<String, Long> settled = null;
        long quietSince = 0;
        try (StreamsBacklog backlog = stack.backlog()) {
            while (!stopping.get()) {
                Map<String, Long> now = counter.poll();
                // every article has an outcome, and nothing is left unread anywhere in the application: a retrospective
                // correction (an earlier original found later) starts in a repartition topic after the outcome it corrects
                boolean complete = counter.outcomes(terminal) >= ingested.published() && backlog.caughtUp()
                    && counter.readToEnd();
                if (!complete || !now.equals(settled)) {
                    settled = complete ? now : null;
                    quietSince = System.nanoTime();
                }
                if (complete && System.nanoTime() - quietSince >= QUIET.toNanos()) {
                    DevSummary summary = new DevSummary(ingested.inputs(), ingested.published(), ingested.rejected(),
                        counter.counts(), counter.corrections(), (System.nanoTime() - started) / 1_000_000);
                    out.println(summary.toJson());
                    out.flush();
                    return 0;
                }
                if (System.nanoTime() > deadline) {
                    err.println("newsflow dev: not idle after " + idleTimeout + ": published " + ingested.published()
                        + " articles but the streams output so far is " + counter.counts() + " (streams " + stack.streamsState() + ")");
                    return 1;
                }
            }
        }
        return 130;
    }

    private int runUntilStopped(DevStack stack, OutputCounter counter, PrintWriter err) {
        err.println("newsflow dev: running; Ctrl-C to stop.");
        Map<String, Long> last = Map.of();
        long lastPrint = 0;
        while (!stopping.get()) {
            Map<String, Long> now = counter.poll();
            if (!now.equals(last) || System.nanoTime() - lastPrint > Duration.ofSeconds(10).toNanos()) {
                err.print("\r" + statusLine(stack, now));
                err.flush();
                last = now;
                lastPrint = System.nanoTime();
            }
        }
        err.println();
        return 0;
    }

    private static String statusLine(DevStack stack, Map<String, Long> counts) {
        StringBuilder line = new StringBuilder("streams ").append(stack.streamsState());
        for (String topic : TopicNames.ARTICLES) {
            line.append(" | ").append(topic).append(' ').append(counts.getOrDefault(topic, 0L));
        }
        return line.append("   ").toString();
    }
}
