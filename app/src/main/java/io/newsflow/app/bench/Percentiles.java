package io.newsflow.app.bench;

import java.util.ArrayList;
import java.util.List;

/** Percentiles of measured latencies (nearest rank), and their summary for the report. */
final class Percentiles {
    /** p0, p5 ... p100: the distribution the plot draws. */
    static final int STEPS = 20;

    private Percentiles() {
    }

    /** The nearest-rank {@code p}-th percentile (0 to 100) of sorted values. */
    static double of(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static BenchResult.Latency summarise(List<Double> latenciesMs, double offered, double achieved) {
        if (latenciesMs.isEmpty()) {
            throw new IllegalStateException("latency: no enriched article was received");
        }
        double[] sorted = latenciesMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        List<Double> steps = new ArrayList<>();
        for (int i = 0; i <= STEPS; i++) {
            steps.add(i == 0 ? sorted[0] : of(sorted, i * 100.0 / STEPS));
        }
        double mean = latenciesMs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        return new BenchResult.Latency(offered, achieved, sorted.length, of(sorted, 50), of(sorted, 90), of(sorted, 99),
            sorted[sorted.length - 1], mean, steps);
    }
}
