package io.newsflow.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsflow.app.bench.BenchOptions;
import io.newsflow.app.bench.BenchResult;
import io.newsflow.app.bench.BenchRun;
import io.newsflow.app.bench.BenchTable;
import io.newsflow.app.bench.SvgChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow bench}: measures the full pipeline against an exactly-once passthrough of the
 * same records on one embedded broker, the latency at half the pipeline's throughput, and the
 * process's CPU and memory; prints a table and optionally writes JSON and an SVG plot.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark on a fresh embedded broker: (a) an exactly-once passthrough of the articles' Avro records,",
        "(b) the full pipeline (parse, produce, dedupe, enrich), latency at half (b)'s rate, CPU and memory."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "2000", description = "Articles in the synthetic corpus (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1000",
        description = "Articles sent through (a) and (b) before each is measured, so the JIT has compiled the hot code (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--size-kb", paramLabel = "S", defaultValue = "8", description = "Typical article size in KB; each is 0.5 to 1.5 times this (default: ${DEFAULT-VALUE}).")
    int sizeKb;

    @Option(names = "--duplicate-rate", paramLabel = "R", defaultValue = "0.1", description = "Share of exact and near copies, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double duplicateRate;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the corpus generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of every topic (default: ${DEFAULT-VALUE}, as newsflow dev).")
    int partitions;

    @Option(names = "--producer-config", paramLabel = "KEY=VALUE", description = "Override a producer setting (batch.size, linger.ms, compression.type); repeatable.")
    Map<String, String> producerConfig = Map.of();

    @Option(names = "--streams-config", paramLabel = "KEY=VALUE", description = "Override a streams setting (commit.interval.ms, num.stream.threads, producer.batch.size, any Kafka Streams key); repeatable.")
    Map<String, String> streamsConfig = Map.of();

    @Option(names = "--phase-timeout", paramLabel = "DURATION", defaultValue = "10m", description = "Fail when one phase takes longer (default: ${DEFAULT-VALUE}).")
    Duration phaseTimeout;

    @Option(names = "--dev-idle-rss", description = "Also start newsflow dev in its own process, let it idle and read its RSS.")
    boolean devIdleRss;

    @Option(names = "--dev-idle", paramLabel = "DURATION", defaultValue = "30s", description = "With --dev-idle-rss: how long dev idles before its RSS is read (default: ${DEFAULT-VALUE}).")
    Duration devIdle;

    @Option(names = "--json", paramLabel = "FILE", description = "Write every figure as JSON.")
    Path json;

    @Option(names = "--plot", paramLabel = "FILE.svg", description = "Write an SVG of the throughputs and the latency distribution.")
    Path plot;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchOptions options = new BenchOptions(articles, warmup, sizeKb, duplicateRate, seed, partitions, producerConfig, streamsConfig,
            phaseTimeout, devIdleRss ? devIdle : null);
        BenchResult result = new BenchRun(options, line -> {
            err.println("newsflow bench: " + line + "...");
            err.flush();
        }).run();
        out.print(BenchTable.render(result));
        out.flush();
        if (json != null) {
            write(json, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        }
        if (plot != null) {
            write(plot, SvgChart.render(result));
        }
        return 0;
    }

    private static void write(Path file, String content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, content);
    }
}
