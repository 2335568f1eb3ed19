package io.connectmongodb.driver.internal.balancing;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Requests per second over the last {@value #SECONDS} seconds: a ring of one-second buckets keyed by
 * the second they count, so buckets of seconds without traffic are simply recognized as stale.
 * While the meter is younger than the window, the rate divides by its age instead (at least 1 s).
 */
final class RequestRateMeter {
    static final int SECONDS = 10;

    private final LongSupplier nanoClock;
    private final long startNanos;
    private final long[] counts = new long[SECONDS];
    private final long[] secondOf = new long[SECONDS];

    RequestRateMeter(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        java.util.Arrays.fill(secondOf, -1);
    }

    synchronized void record() {
        long second = currentSecond();
        int slot = (int) (second % SECONDS);
        if (secondOf[slot] != second) {
            secondOf[slot] = second;
            counts[slot] = 0;
        }
        counts[slot]++;
    }

    synchronized double perSecond() {
        long second = currentSecond();
        long total = 0;
        for (int i = 0; i < SECONDS; i++) {
            if (secondOf[i] >= 0 && second - secondOf[i] < SECONDS) {
                total += counts[i];
            }
        }
        long span = Math.min(SECONDS, Math.max(1, second + 1));
        return (double) total / span;
    }

    private long currentSecond() {
        return TimeUnit.NANOSECONDS.toSeconds(nanoClock.getAsLong() - startNanos);
    }
}
