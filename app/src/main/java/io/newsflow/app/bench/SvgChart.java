package io.newsflow.app.bench;

import java.util.List;
import java.util.Locale;

/**
 * A hand-written SVG of a run: throughput of the baseline and the pipeline as bars on the
 * left, the latency distribution (percentile against milliseconds) with p50 and p99 marked on the
 * right. No library: the picture is a few rectangles, a polyline and text.
 */
public final class SvgChart {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;
    private static final int TOP = 60;
    private static final int PLOT_HEIGHT = 300;

    private SvgChart() {
    }

    public static String render(BenchResult r) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
            + "font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(svg, 20, 24, 16, "start", String.format(Locale.ROOT, "newsflow bench: %d articles of ~%d KB, %d cores, ratio (b)/(a) %.2f",
            r.corpus().articles(), r.corpus().sizeKb(), r.machine().cores(), r.ratio()));
        throughput(svg, r);
        latency(svg, r.latency());
        return svg.append("</svg>\n").toString();
    }

    private static void throughput(StringBuilder svg, BenchResult r) {
        double max = Math.max(r.baseline().articlesPerSecond(), r.pipeline().articlesPerSecond());
        text(svg, 40, TOP - 10, 13, "start", "throughput, articles/s");
        axis(svg, 40, 340);
        bar(svg, 80, "(a) EOS passthrough", r.baseline().articlesPerSecond(), max, "#7f8c8d");
        bar(svg, 220, "(b) full pipeline", r.pipeline().articlesPerSecond(), max, "#2e86c1");
    }

    private static void bar(StringBuilder svg, int x, String label, double value, double max, String colour) {
        int h = (int) Math.round(PLOT_HEIGHT * value / max);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"90\" height=\"%d\" fill=\"%s\"/>%n",
            x, TOP + PLOT_HEIGHT - h, h, colour));
        text(svg, x + 45, TOP + PLOT_HEIGHT - h - 6, 12, "middle", String.format(Locale.ROOT, "%.1f", value));
        text(svg, x + 45, TOP + PLOT_HEIGHT + 18, 12, "middle", label);
    }

    private static void latency(StringBuilder svg, BenchResult.Latency l) {
        int left = 440;
        int width = 420;
        List<Double> steps = l.percentilesMs();
        double max = Math.max(1, l.maxMs());
        text(svg, left, TOP - 10, 13, "start", String.format(Locale.ROOT,
            "latency ingest to articles.enriched, ms (%.1f/s offered, %d samples)", l.offeredPerSecond(), l.samples()));
        axis(svg, left, width);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            double x = left + width * steps.get(i) / max;
            double y = TOP + PLOT_HEIGHT - PLOT_HEIGHT * i / (double) (steps.size() - 1);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        svg.append("<polyline fill=\"none\" stroke=\"#2e86c1\" stroke-width=\"2\" points=\"").append(points.toString().strip())
            .append("\"/>\n");
        marker(svg, left, width, max, l.p50Ms(), "p50");
        marker(svg, left, width, max, l.p99Ms(), "p99");
        text(svg, left, TOP + PLOT_HEIGHT + 18, 11, "start", "0 ms");
        text(svg, left + width, TOP + PLOT_HEIGHT + 18, 11, "end", String.format(Locale.ROOT, "%.0f ms (max)", max));
        text(svg, left - 6, TOP + 4, 11, "end", "100%");
        text(svg, left - 6, TOP + PLOT_HEIGHT, 11, "end", "0%");
    }

    private static void marker(StringBuilder svg, int left, int width, double max, double value, String name) {
        double x = left + width * value / max;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c0392b\" "
            + "stroke-dasharray=\"4 3\"/>%n", x, TOP, x, TOP + PLOT_HEIGHT));
        text(svg, (int) x + 4, TOP + ("p50".equals(name) ? 16 : 32), 11, "start", String.format(Locale.ROOT, "%s %.0f ms", name, value));
    }

    private static void axis(StringBuilder svg, int left, int width) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
            left, TOP + PLOT_HEIGHT, left + width, TOP + PLOT_HEIGHT));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
            left, TOP, left, TOP + PLOT_HEIGHT));
    }

    private static void text(StringBuilder svg, int x, int y, int size, String anchor, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\" text-anchor=\"%s\">%s</text>%n",
            x, y, size, anchor, content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")));
    }
}
