package io.newsflow.app.metrics;

import java.util.ArrayList;
import java.util.List;

import io.javalin.Javalin;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.streams.metrics.PipelineMetrics;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The app's metrics, served as {@code GET /metrics} in Prometheus text format: JVM metrics,
 * Kafka Streams' own metrics (Micrometer's {@link KafkaStreamsMetrics} binder), newsflow's
 * pipeline metrics ({@link MicrometerPipelineMetrics}) and the dead-lettered record count.
 */
public final class AppMetrics implements AutoCloseable {
    /** Records the streams application sent to articles.dlq; Prometheus {@code newsflow_records_dead_lettered_total}. */
    public static final String DEAD_LETTERED = "newsflow.records.dead.lettered";
    /** Prometheus text exposition format 0.0.4, what every scraper accepts. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = newRegistry();
    private final List<AutoCloseable> binders = new ArrayList<>();
    private final MicrometerPipelineMetrics pipeline = new MicrometerPipelineMetrics(registry);

    /** A registry with the JVM and process metrics bound. */
    public AppMetrics() {
        List<MeterBinder> jvm = List.of(new JvmMemoryMetrics(), new JvmThreadMetrics(), new ClassLoaderMetrics(),
            new ProcessorMetrics(), new UptimeMetrics());
        jvm.forEach(binder -> binder.bindTo(registry));
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        binders.add(gc);
    }

    /**
     * The registry with its filter configured before any meter is registered (the pipeline's meters come next): a filter
     * configured later leaves the meters before it unfiltered, and Micrometer warns so at every start.
     */
    private static PrometheusMeterRegistry newRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(new StateStoreTagFilter());
        return registry;
    }

    /** The hooks to hand to {@code NewsflowTopology.buildTopology}. */
    public PipelineMetrics pipeline() {
        return pipeline;
    }

    /**
     * Binds a streams instance's metrics. Call it once the instance is RUNNING: the binder
     * registers the thread and task metrics that exist then, and looks for new ones every minute.
     */
    public void bindStreams(KafkaStreams streams) {
        KafkaStreamsMetrics binder = new KafkaStreamsMetrics(streams);
        binder.bindTo(registry);
        binders.add(binder);
        // Kafka Streams counts a record as dropped when an exception handler answered CONTINUE,
        // which in newsflow means it was written to articles.dlq (the topology drops nothing else)
        FunctionCounter.builder(DEAD_LETTERED, streams, DroppedRecords::total)
            .description("Records the exception handlers sent to articles.dlq (Kafka Streams' dropped-records-total, summed over tasks)")
            .register(registry);
    }

    /** The current metrics in Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    /** Adds {@code GET /metrics} to the app's HTTP server. */
    public void install(Javalin app) {
        app.get("/metrics", ctx -> ctx.contentType(CONTENT_TYPE).result(scrape()));
    }

    @Override
    public void close() {
        for (AutoCloseable binder : binders) {
            try {
                binder.close();
            } catch (Exception e) {
                // closing binders only stops their refresh threads; nothing to recover
            }
        }
        registry.close();
    }
}
