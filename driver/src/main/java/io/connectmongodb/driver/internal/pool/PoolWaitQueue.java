package io.connectmongodb.driver.internal.pool;

import java.util.ArrayDeque;
import java.util.concurrent.locks.LockSupport;

/**
 * The FIFO queue of threads waiting to check a connection out, with direct hand-off. The queue is
 * guarded by the pool's lock (every method except {@link Waiter#awaitOutcome} needs it held).
 *
 * <p>A waiting thread parks <em>outside</em> the lock. Whoever frees something (a check-in, a
 * finished or failed establishment) hands it to the head under the lock with
 * {@link #grantHead}: the waiter leaves the queue at that moment, already owning its connection (or
 * its reservation to open one), and is unparked right after the lock is released. So one freed connection wakes exactly one thread,
 * in arrival order, and the woken thread returns without taking the lock again, which matters when
 * a thousand threads share a hundred connections. Clear and close fail every waiter the same way.
 */
final class PoolWaitQueue {
    /** One waiting checkout and its outcome, set once under the pool's lock. */
    static final class Waiter {
        private final Thread thread = Thread.currentThread();
        private volatile PooledConnection granted;
        private volatile RuntimeException failure;
        /** Links the waiters one serving pass granted, so they are woken after unlocking (see {@link #wakeAll}). */
        private Waiter nextToWake;

        private Waiter() {
        }

        PooledConnection granted() {
            return granted;
        }

        RuntimeException failure() {
            return failure;
        }

        Thread thread() {
            return thread;
        }

        /**
         * Parks until an outcome is set, the deadline passes ({@code deadlineNanos} on
         * {@link System#nanoTime()}; ignored when {@code timed} is false) or the thread is
         * interrupted. Returns whether an outcome is set; the interrupt status is left set.
         */
        boolean awaitOutcome(boolean timed, long deadlineNanos) {
            while (granted == null && failure == null) {
                if (Thread.currentThread().isInterrupted()) {
                    return false;
                }
                if (timed) {
                    long left = deadlineNanos - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    LockSupport.parkNanos(this, left);
                } else {
                    LockSupport.park(this);
                }
            }
            return true;
        }
    }

    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();

    /** Adds a waiter for the calling thread at the tail. */
    Waiter enqueue() {
        Waiter waiter = new Waiter();
        waiters.addLast(waiter);
        return waiter;
    }

    boolean isEmpty() {
        return waiters.isEmpty();
    }

    int size() {
        return waiters.size();
    }

    /** The head, or {@code null}. */
    Waiter head() {
        return waiters.peekFirst();
    }

    /** Removes a waiter that gives up (timed out or interrupted) before getting an outcome. */
    void remove(Waiter waiter) {
        waiters.removeFirstOccurrence(waiter);
    }

    /**
     * Hands {@code connection} to the head, which leaves the queue, and returns it prepended to the
     * chain {@code toWake}. The caller wakes the chain with {@link #wakeAll} once it has released
     * the lock: unparking is a system call, and doing it under the lock would make every check-in
     * hold the lock that much longer while a thousand threads queue for it.
     */
    Waiter grantHead(PooledConnection connection, Waiter toWake) {
        Waiter head = waiters.pollFirst();
        head.granted = connection;
        head.nextToWake = toWake;
        return head;
    }

    /** Unparks every waiter of a chain built by {@link #grantHead} (no lock needed; {@code null} is an empty chain). */
    static void wakeAll(Waiter toWake) {
        Waiter waiter = toWake;
        while (waiter != null) {
            Waiter next = waiter.nextToWake;
            waiter.nextToWake = null;
            LockSupport.unpark(waiter.thread);
            waiter = next;
        }
    }

    /** Hands {@code failure} to every waiter, empties the queue and wakes them all. */
    void failAll(RuntimeException failure) {
        Waiter waiter;
        while ((waiter = waiters.pollFirst()) != null) {
            waiter.failure = failure;
            LockSupport.unpark(waiter.thread);
        }
    }
}
