package io.connectmongodb.benchmarks.runner;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One participant's rounds reduced to the report's figures. Throughput percentiles are taken on the
 * slow side, like latency percentiles: {@code p90} is the rate that 90% of rounds reached or beat
 * (the 10th percentile of per-round ops/s), {@code p99} the one 99% reached. Allocation and CPU per
 * operation are medians over rounds. Percentiles use the nearest-rank method.
 */
public record SideSummary(int rounds, double medianOpsPerSecond, double p90OpsPerSecond, double p99OpsPerSecond,
                          double bytesPerOp, double cpuNanosPerOp) {

    public static SideSummary of(List<RoundSample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no rounds to summarise");
        }
        return new SideSummary(samples.size(),
                percentile(samples, RoundSample::opsPerSecond, 50),
                percentile(samples, RoundSample::opsPerSecond, 10),
                percentile(samples, RoundSample::opsPerSecond, 1),
                percentile(samples, RoundSample::bytesPerOp, 50),
                percentile(samples, RoundSample::cpuNanosPerOp, 50));
    }

    /** Nearest-rank percentile {@code p} (0..100] of {@code metric} over the samples. */
    static double percentile(List<RoundSample> samples, ToDoubleFunction<RoundSample> metric, double p) {
        double[] values = samples.stream().mapToDouble(metric).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * values.length);
        return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
    }
}
