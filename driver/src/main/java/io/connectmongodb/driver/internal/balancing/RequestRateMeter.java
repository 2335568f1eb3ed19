package io.connectmongodb.driver.internal.balancing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * Requests per second over the last {@value #SECONDS} seconds: a ring of one-second buckets keyed by
 * the second they count, so buckets of seconds without traffic are simply recognized as stale.
 * While the meter is younger than the window, the rate divides by its age instead (at least 1 s).
 *
 * <p>Every finished operation records here, so a bucket is one {@code long} updated by
 * compare-and-set instead of under a monitor: the high 32 bits hold its second plus one (0 marks a
 * bucket never used), the low 32 bits its count. Starting a new second and counting in it are then
 * one atomic step, so no increment can be lost to a concurrent reset.
 */
final class RequestRateMeter {
    static final int SECONDS = 10;
    private static final long COUNT_MASK = 0xFFFF_FFFFL;

    private final LongSupplier nanoClock;
    private final long startNanos;
    private final AtomicLongArray buckets = new AtomicLongArray(SECONDS);

    RequestRateMeter(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
    }

    void record() {
        long second = currentSecond();
        int slot = (int) (second % SECONDS);
        long key = (second + 1) << 32;
        while (true) {
            long bucket = buckets.get(slot);
            long next = (bucket & ~COUNT_MASK) == key ? bucket + 1 : key | 1;
            if (buckets.compareAndSet(slot, bucket, next)) {
                return;
            }
        }
    }

    double perSecond() {
        long second = currentSecond();
        long total = 0;
        for (int i = 0; i < SECONDS; i++) {
            long bucket = buckets.get(i);
            long bucketSecond = (bucket >>> 32) - 1;
            if (bucketSecond >= 0 && second - bucketSecond < SECONDS) {
                total += bucket & COUNT_MASK;
            }
        }
        long span = Math.min(SECONDS, Math.max(1, second + 1));
        return (double) total / span;
    }

    private long currentSecond() {
        return TimeUnit.NANOSECONDS.toSeconds(nanoClock.getAsLong() - startNanos);
    }
}
