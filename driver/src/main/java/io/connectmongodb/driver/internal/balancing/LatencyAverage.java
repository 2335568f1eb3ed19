package io.connectmongodb.driver.internal.balancing;

import java.util.concurrent.atomic.AtomicLong;

/**
 * An exponentially weighted moving average of operation latencies: the first sample is taken as
 * is, each later one moves the average by {@code smoothing} of the difference. Recent behaviour
 * dominates without keeping any history.
 *
 * <p>Every finished operation adds a sample, so the average lives in an {@link AtomicLong} (the
 * bits of a double) updated by compare-and-set: each sample is applied exactly once, in some
 * order, as under a lock, but concurrent operations never queue on a monitor.
 */
final class LatencyAverage {
    private static final long NONE = Double.doubleToRawLongBits(-1);

    private final double smoothing;
    private final AtomicLong averageNanosBits = new AtomicLong(NONE);

    LatencyAverage(double smoothing) {
        this.smoothing = smoothing;
    }

    void add(long nanos) {
        while (true) { // a plain loop rather than getAndUpdate: its capturing lambda would allocate per sample
            long bits = averageNanosBits.get();
            double average = Double.longBitsToDouble(bits);
            double next = average < 0 ? nanos : average + smoothing * (nanos - average);
            if (averageNanosBits.compareAndSet(bits, Double.doubleToRawLongBits(next))) {
                return;
            }
        }
    }

    /** The average in nanoseconds, or -1 before the first sample. */
    long nanos() {
        double average = Double.longBitsToDouble(averageNanosBits.get());
        return average < 0 ? -1 : Math.round(average);
    }
}
