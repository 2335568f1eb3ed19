package io.connectmongodb.driver.internal.pool;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Checkout counters kept off the pool lock: {@link LongAdder}s for the totals (no contention between
 * checking-out threads) and a CAS-updated maximum that is only written when a new maximum is seen.
 */
final class CheckoutStatistics {
    private final LongAdder checkouts = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder checkoutNanos = new LongAdder();
    private final AtomicLong maxCheckoutNanos = new AtomicLong();

    void recordCheckout(long nanos) {
        checkouts.increment();
        checkoutNanos.add(nanos);
        long max = maxCheckoutNanos.get();
        while (nanos > max && !maxCheckoutNanos.compareAndSet(max, nanos)) {
            max = maxCheckoutNanos.get();
        }
    }

    void recordFailure() {
        failures.increment();
    }

    long checkouts() {
        return checkouts.sum();
    }

    long failures() {
        return failures.sum();
    }

    long averageCheckoutMicros() {
        long count = checkouts.sum();
        return count == 0 ? 0 : checkoutNanos.sum() / count / 1_000;
    }

    long maxCheckoutMicros() {
        return maxCheckoutNanos.get() / 1_000;
    }
}
