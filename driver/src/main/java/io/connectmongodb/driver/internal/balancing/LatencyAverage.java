package io.connectmongodb.driver.internal.balancing;

/**
 * An exponentially weighted moving average of operation latencies: the first sample is taken as
 * is, each later one moves the average by {@code smoothing} of the difference. Recent behaviour
 * dominates without keeping any history.
 */
final class LatencyAverage {
    private final double smoothing;
    private double averageNanos = -1;

    LatencyAverage(double smoothing) {
        this.smoothing = smoothing;
    }

    synchronized void add(long nanos) {
        averageNanos = averageNanos < 0 ? nanos : averageNanos + smoothing * (nanos - averageNanos);
    }

    /** The average in nanoseconds, or -1 before the first sample. */
    synchronized long nanos() {
        return averageNanos < 0 ? -1 : Math.round(averageNanos);
    }
}
