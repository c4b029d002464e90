package io.newsflow.app.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.newsflow.app.dev.HttpIngestion;
import io.newsflow.app.http.HttpApi;
import io.newsflow.avro.Article;
import io.newsflow.avro.RejectedInput;
import io.newsflow.producer.ingest.ArticlePublisher;
import io.newsflow.producer.ingest.AvroSerializerFactory;
import io.newsflow.producer.ingest.DirectoryWatcher;
import io.newsflow.producer.ingest.Ingestor;
import io.newsflow.producer.ingest.InputCollector;
import io.newsflow.producer.ingest.ProducerSettings;
import io.newsflow.producer.ingest.PublishSummary;
import io.newsflow.producer.ingest.RejectionPublisher;
import io.newsflow.producer.ingest.TopicCheck;
import io.newsflow.producer.parse.ArticleParser;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow produce [--bootstrap-servers] [--schema-registry-url] [--watch DIR] PATH...|-}:
 * parses inputs and publishes articles to {@code articles.raw} and rejections to
 * {@code articles.rejected}, then prints a summary (published, rejected with reasons, failed, per
 * format). Exit code 1 when any record failed to publish, 2 on bad settings. The value serializer
 * comes from the {@link AvroSerializerFactory} given at construction (the schema registry's).
 */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = "Parse articles and publish them to Kafka (articles.raw; rejects to articles.rejected).")
public final class ProduceCommand implements Callable<Integer> {
    private static final int PROGRESS_THRESHOLD = 20;

    @Spec
    CommandSpec spec;

    @Mixin
    ProducerOptions options;

    @Option(names = "--watch", paramLabel = "DIR", description = "After the given paths, keep ingesting files that appear in DIR until interrupted.")
    Path watch;

    @Option(names = "--http-port", paramLabel = "PORT",
        description = "Also accept articles over HTTP (POST /articles, /health/live, /health/ready) on PORT until SIGTERM/Ctrl-C; 0 picks a free port.")
    Integer httpPort;

    @Option(names = "--http-host", paramLabel = "ADDRESS", defaultValue = HttpApi.LOOPBACK,
        description = "Address the HTTP port binds to (default: ${DEFAULT-VALUE}; 0.0.0.0 in a container).")
    String httpHost;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories to ingest, or - for stdin.")
    List<String> paths = List.of();

    private final AvroSerializerFactory serializers;
    private final InputStream stdin;
    private final Clock clock;
    private final StopSignal stopSignal = new StopSignal("newsflow-produce-shutdown");
    private final CountDownLatch watching = new CountDownLatch(1);
    private volatile String httpUrl;

    /** A command whose value serializer comes from {@code serializers} (e.g. the schema registry's Avro serializer). */
    public ProduceCommand(AvroSerializerFactory serializers) {
        this(serializers, System.in, Clock.systemUTC());
    }

    /** A command with explicit stdin and clock (tests). */
    public ProduceCommand(AvroSerializerFactory serializers, InputStream stdin, Clock clock) {
        this.serializers = serializers;
        this.stdin = stdin;
        this.clock = clock;
    }

    /** Waits until a {@code --watch} run sees new files, or an {@code --http-port} run accepts requests; false on timeout. */
    public boolean awaitWatching(Duration timeout) throws InterruptedException {
        return watching.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks a running {@code --watch} loop to finish (tests; Ctrl-C does the same through a shutdown hook). */
    public void stop() {
        stopSignal.stop();
    }

    /** The HTTP base URL of an {@code --http-port} run once it accepts requests, else null. */
    public String httpUrl() {
        return httpUrl;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProducerSettings settings;
        try {
            settings = options.settings();
        } catch (IllegalArgumentException e) {
            err.println("newsflow produce: " + e.getMessage());
            return 2;
        }
        if (paths.isEmpty() && watch == null && httpPort == null) {
            err.println("newsflow produce: nothing to ingest: give PATH..., - for stdin, --watch DIR or --http-port PORT");
            return 2;
        }
        java.util.Optional<String> problem = TopicCheck.problem(settings);
        if (problem.isPresent()) {
            err.println("newsflow produce: " + problem.get());
            return 2;
        }
        PublishSummary summary = new PublishSummary();
        InputCollector collector = new InputCollector(settings.maxInputBytes(), clock, stdin);
        try (RejectionPublisher rejections = new RejectionPublisher(settings,
                     AvroSerializerFactory.<RejectedInput>narrow(serializers.create(settings.kafkaConfig("newsflow-produce"))), summary);
             ArticlePublisher articles = new ArticlePublisher(settings,
                     AvroSerializerFactory.<Article>narrow(serializers.create(settings.kafkaConfig("newsflow-produce"))), summary,
                     rejections);
             HttpIngestion httpIngestion = httpPort == null ? null : new HttpIngestion(settings,
                     AvroSerializerFactory.<Article>narrow(serializers.create(settings.kafkaConfig("newsflow-produce"))),
                     AvroSerializerFactory.<RejectedInput>narrow(serializers.create(settings.kafkaConfig("newsflow-produce"))));
             HttpApi http = httpIngestion == null ? null : HttpApi.start(httpHost, httpPort, settings.maxInputBytes(), "producer",
                     () -> new HttpApi.Readiness(!stopSignal.requested(), stopSignal.requested() ? "STOPPING" : "RUNNING"), httpIngestion::install)) {
            Ingestor ingestor = new Ingestor(collector, new ArticleParser(), articles, rejections);
            ingestPaths(ingestor, collector.expand(paths));
            if (watch != null || http != null) {
                stopSignal.runUntilStopped(() -> {
                    if (http != null) {
                        httpUrl = http.url();
                        out.println("accepting POST " + http.url() + "/articles (Ctrl-C to stop)");
                        out.flush();
                    }
                    if (watch != null) {
                        watchDirectory(ingestor, out);
                    } else {
                        watching.countDown();
                        stopSignal.await();
                    }
                });
            }
            articles.flush();
            rejections.flush();
        }
        out.print(summary.render());
        out.flush();
        return summary.failed() > 0 ? 1 : 0;
    }

    private void ingestPaths(Ingestor ingestor, List<String> inputs) {
        if (inputs.size() < PROGRESS_THRESHOLD) {
            inputs.forEach(ingestor::ingestOne);
            return;
        }
        // progress on stderr, so stdout keeps only the summary
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(inputs.size())
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250).build()) {
            for (String input : inputs) {
                ingestor.ingestOne(input);
                bar.step();
            }
        }
    }

    private void watchDirectory(Ingestor ingestor, PrintWriter out) throws java.io.IOException {
        new DirectoryWatcher(watch, Duration.ofMillis(300)).run(p -> ingestor.ingestOne(p.toString()), () -> !stopSignal.requested(), () -> {
            out.println("watching " + watch.toAbsolutePath() + " (Ctrl-C to stop)");
            out.flush();
            watching.countDown();
        });
    }
}
