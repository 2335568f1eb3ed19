package io.connectmongodb.driver.internal.pool;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * The FIFO queue of threads waiting to check a connection out, guarded by the pool's lock (every
 * method must be called with it held).
 *
 * <p>Each waiter has its own {@link Condition}, so the pool can wake exactly one thread: the head,
 * and only when it can make progress (the caller decides that, see
 * {@code PoolLedger.signalHeadIfItCanProceed}). With 1000 threads sharing 100 connections that
 * means one wake-up per returned connection: no thundering herd, and no head woken just to find
 * nothing and park again. Clear and close fail every waiter: they set its failure and wake it.
 */
final class PoolWaitQueue {
    /** One waiting checkout. */
    static final class Waiter {
        private final Condition condition;
        private RuntimeException failure;

        private Waiter(Condition condition) {
            this.condition = condition;
        }

        /** The failure a clear or close left for this waiter, or {@code null}. */
        RuntimeException failure() {
            return failure;
        }

        Condition condition() {
            return condition;
        }
    }

    private final Lock lock;
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();

    PoolWaitQueue(Lock lock) {
        this.lock = lock;
    }

    /** Adds a new waiter at the tail. */
    Waiter enqueue() {
        Waiter waiter = new Waiter(lock.newCondition());
        waiters.addLast(waiter);
        return waiter;
    }

    boolean isEmpty() {
        return waiters.isEmpty();
    }

    int size() {
        return waiters.size();
    }

    boolean isHead(Waiter waiter) {
        return waiters.peekFirst() == waiter;
    }

    /** Removes a waiter that leaves (served, failed or timed out); O(1) for the head. */
    void remove(Waiter waiter) {
        waiters.removeFirstOccurrence(waiter);
    }

    /** Wakes the head, if any. */
    void signalHead() {
        Waiter head = waiters.peekFirst();
        if (head != null) {
            head.condition.signal();
        }
    }

    /** Sets {@code failure} on every waiter and wakes them all (they leave the queue themselves). */
    void failAll(RuntimeException failure) {
        for (Waiter waiter : waiters) {
            waiter.failure = failure;
            waiter.condition.signal();
        }
    }
}
