package cefshell.bench;

import java.util.Arrays;
import java.util.List;

/** Order statistics of one side's samples of one case: what the report prints. */
record Samples(double p50, double p99, int count) {
    static Samples of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return new Samples(percentile(v, 50), percentile(v, 99), v.length);
    }

    /** Nearest-rank percentile of sorted values (the median of an even count is the mean of the middle two). */
    static double percentile(double[] sorted, double p) {
        if (p == 50 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
