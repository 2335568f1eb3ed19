package io.connectmongodb.reliability;

import java.util.Arrays;

/**
 * Operation latencies of many threads, for percentiles at the end of a run. Each thread records
 * into its own {@link Lane} (a growing primitive array, capped so memory stays bounded), and
 * {@link #percentileMicros} sorts the merged samples once.
 */
final class LatencyRecorder {
    private static final int MAX_SAMPLES_PER_LANE = 1 << 20;
    private final java.util.List<Lane> lanes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private long[] sorted;

    /** One thread's samples. */
    static final class Lane {
        private long[] nanos = new long[256];
        private int size;

        void record(long elapsedNanos) {
            if (size == nanos.length) {
                if (size >= MAX_SAMPLES_PER_LANE) {
                    return;
                }
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = elapsedNanos;
        }
    }

    Lane newLane() {
        Lane lane = new Lane();
        lanes.add(lane);
        return lane;
    }

    /** Call after every recording thread has finished. */
    synchronized long percentileMicros(double percentile) {
        if (sorted == null) {
            int total = 0;
            for (Lane lane : lanes) {
                total += lane.size;
            }
            sorted = new long[total];
            int at = 0;
            for (Lane lane : lanes) {
                System.arraycopy(lane.nanos, 0, sorted, at, lane.size);
                at += lane.size;
            }
            Arrays.sort(sorted);
        }
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000;
    }
}
