package io.connectmongodb.driver.internal.topology;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Round trip time statistics of one server, fed by its monitor's hello calls: the exponentially
 * weighted moving average of the server selection spec ({@code new = 0.2 * sample + 0.8 * old},
 * the first sample taken as is) and the minimum of the last 10 samples (0 until there are two, as
 * the server monitoring spec asks). {@link #reset()} forgets everything when the server becomes
 * Unknown, so the next sample starts a fresh average. Thread-safe.
 */
public final class RttMonitor {
    static final double ALPHA = 0.2;
    private static final int MIN_RTT_SAMPLES = 10;

    private final Deque<Double> recent = new ArrayDeque<>(MIN_RTT_SAMPLES);
    private Double average;

    /** The moving average after {@code sampleMillis}, given the previous average ({@code null} if none). */
    public static double nextAverage(Double previousAverage, double sampleMillis) {
        if (sampleMillis < 0) {
            throw new IllegalArgumentException("round trip time must not be negative, was " + sampleMillis);
        }
        return previousAverage == null ? sampleMillis : ALPHA * sampleMillis + (1 - ALPHA) * previousAverage;
    }

    /** Records one measured round trip time in milliseconds. */
    public synchronized void addSample(double sampleMillis) {
        average = nextAverage(average, sampleMillis);
        if (recent.size() == MIN_RTT_SAMPLES) {
            recent.removeFirst();
        }
        recent.addLast(sampleMillis);
    }

    /** The moving average in milliseconds, or {@code null} before the first sample. */
    public synchronized Double average() {
        return average;
    }

    /** The smallest of the last 10 samples; 0 with fewer than 2 samples; {@code null} with none. */
    public synchronized Double minimum() {
        if (recent.isEmpty()) {
            return null;
        }
        if (recent.size() < 2) {
            return 0.0;
        }
        return recent.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    public synchronized void reset() {
        average = null;
        recent.clear();
    }
}
