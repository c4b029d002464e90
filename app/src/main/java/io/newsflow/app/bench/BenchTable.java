package io.newsflow.app.bench;

import java.util.Locale;

/** The human-readable report of a run: one table, the ratio, the latency and the memory figures. */
public final class BenchTable {

    private BenchTable() {
    }

    public static String render(BenchResult r) {
        StringBuilder out = new StringBuilder();
        BenchResult.Corpus c = r.corpus();
        line(out, "newsflow bench: %d articles of ~%d KB (%.1f MB text, %.1f MB Avro), %d exact + %d near copies, %d partitions, %d cores",
            c.articles(), c.sizeKb(), c.textBytes() / 1e6, c.avroBytes() / 1e6, c.exactCopies(), c.nearCopies(), c.partitions(),
            r.machine().cores());
        if (!r.settings().isEmpty()) {
            line(out, "settings: %s", r.settings());
        }
        line(out, "");
        line(out, "%-34s %12s %8s %9s %11s %10s %8s %16s", "phase", "articles/s", "MB/s", "seconds", "CPU s/1000", "peak heap",
            "RSS", "Kafka rec/article");
        row(out, "parse only (one thread)", r.parse());
        row(out, "(a) EOS passthrough (baseline)", r.baseline());
        row(out, "(b) full pipeline (EOS)", r.pipeline());
        line(out, "");
        line(out, "ratio (b)/(a): %.2f", r.ratio());
        BenchResult.Latency l = r.latency();
        line(out, "latency ingest -> articles.enriched at %.1f articles/s offered (%.1f achieved, %d samples):",
            l.offeredPerSecond(), l.achievedPerSecond(), l.samples());
        line(out, "  p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms, mean %.0f ms", l.p50Ms(), l.p90Ms(), l.p99Ms(), l.maxMs(), l.meanMs());
        line(out, "process peak RSS (VmHWM) %s", mb(r.pipeline().peakRssBytes()));
        if (r.devIdleRss() != null) {
            line(out, "newsflow dev idle RSS %s (peak %s) after %.0f s idle, %s", mb(r.devIdleRss().rssBytes()),
                mb(r.devIdleRss().peakRssBytes()), r.devIdleRss().idleSeconds(), r.devIdleRss().javaOptions());
        }
        line(out, "load average %.2f at start, %.2f at end", r.machine().loadAverageAtStart(), r.machine().loadAverageAtEnd());
        return out.toString();
    }

    private static void row(StringBuilder out, String name, BenchResult.Phase p) {
        line(out, "%-34s %12.1f %8.2f %9.2f %11.2f %10s %8s %16s", name, p.articlesPerSecond(), p.megabytesPerSecond(),
            p.seconds(), p.cpuSecondsPer1000(), mb(p.peakHeapBytes()), mb(p.rssBytes()),
            p.recordsPerArticle() == 0 ? "-" : String.format(Locale.ROOT, "%.1f (%.0f KB)", p.recordsPerArticle(), p.bytesPerArticle() / 1024));
    }

    static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%d MB", Math.round(bytes / 1048576.0));
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
