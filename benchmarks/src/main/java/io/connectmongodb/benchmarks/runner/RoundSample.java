package io.connectmongodb.benchmarks.runner;

/** What one measured round of one participant cost. */
public record RoundSample(int ops, long elapsedNanos, long allocatedBytes, long cpuNanos) {

    public double opsPerSecond() {
        return ops * 1e9 / Math.max(1, elapsedNanos);
    }

    public double bytesPerOp() {
        return (double) allocatedBytes / ops;
    }

    public double cpuNanosPerOp() {
        return (double) cpuNanos / ops;
    }
}
