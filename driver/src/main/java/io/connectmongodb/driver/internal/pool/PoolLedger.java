package io.connectmongodb.driver.internal.pool;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.event.ConnectionClosedReason;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import io.connectmongodb.driver.pool.ConnectionPoolStatistics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Everything a {@link ConnectionPool} must change atomically, behind one lock: the state and
 * generation, the counts (total = pending + available + in use), the LIFO stack of available
 * connections, the set of in-use ones, the threads establishing connections and the FIFO wait queue.
 *
 * <p>Waiting threads queue in a {@link PoolWaitQueue} and park outside the lock. Every change that
 * frees something (a check-in, a finished or failed establishment, a removed connection) serves the
 * queue at once, under the lock: the head is handed the most recent usable available connection, or
 * the right to open a new one, and leaves the queue owning it. So a non-empty queue means nothing
 * is free, which makes hand-out strictly first-come first-served, wakes one thread per freed
 * connection, and lets a checkout that finds the queue empty take a connection without queueing
 * (and without allocating). Clear and close fail the waiters. No method does I/O under the lock:
 * connections to close are returned to the caller, or, for perished ones met while handing out,
 * passed to {@link ConnectionPool#closePerished} after unlocking.
 */
final class PoolLedger {
    /** A connection removed from the pool that the caller must close, for {@code reason}. */
    record Perished(PooledConnection connection, ConnectionClosedReason reason) {
    }

    /** What a clear left for the caller: idle connections to close, in-use ones to interrupt. */
    record Cleared(List<Perished> idle, List<PooledConnection> inUseToInterrupt) {
    }

    private final ConnectionPool pool;
    private final ConnectionPoolSettings settings;
    private final LongSupplier nanoClock;
    private final ConnectionExpiry expiry;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<PooledConnection> available = new ArrayDeque<>();
    private final Set<PooledConnection> inUse = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<PooledConnection, Thread> establishing = new IdentityHashMap<>();
    private final PoolWaitQueue waitQueue = new PoolWaitQueue();
    /** Perished connections met while handing out, collected under the lock, closed after it. */
    private final List<Perished> metByCheckout = new ArrayList<>();
    private PoolState state = PoolState.PAUSED;
    /** Written under the lock; volatile so that {@link #generation()} (read before every checkout) needs no lock. */
    private volatile int generation;
    private int total;
    private long nextConnectionId = 1;

    PoolLedger(ConnectionPool pool, ConnectionPoolSettings settings, LongSupplier nanoClock) {
        this.pool = pool;
        this.settings = settings;
        this.nanoClock = nanoClock;
        this.expiry = new ConnectionExpiry(settings);
    }

    /**
     * Returns a connection for the calling thread ({@link PooledConnection#isEstablished() not yet
     * established} when it is to open it), at once when the queue is empty and one is free, else
     * after waiting its turn in the queue. Perished connections met on the way are closed through
     * {@link ConnectionPool#closePerished} after unlocking, before this returns or throws.
     *
     * @throws RuntimeException the pool is closed or paused, was cleared while waiting, the wait
     *                          queue timeout passed, or the thread was interrupted
     */
    PooledConnection reserve() {
        PooledConnection connection = null;
        RuntimeException failure;
        PoolWaitQueue.Waiter waiter = null;
        lock.lock();
        try {
            failure = unavailableFailure();
            if (failure == null && waitQueue.isEmpty()) {
                connection = takeOrOpen(Thread.currentThread());
            }
            if (failure == null && connection == null) {
                waiter = waitQueue.enqueue();
            }
        } finally {
            unlock(null);
        }
        if (waiter != null) {
            return awaitTurn(waiter);
        }
        if (connection == null) {
            throw failure;
        }
        return connection;
    }

    /** Parks (without the lock) until the waiter is served or failed, the timeout passes or the thread is interrupted. */
    private PooledConnection awaitTurn(PoolWaitQueue.Waiter waiter) {
        long timeoutNanos = TimeUnit.MILLISECONDS.toNanos(settings.waitQueueTimeoutMS());
        boolean timed = timeoutNanos != 0;
        if (!waiter.awaitOutcome(timed, System.nanoTime() + timeoutNanos)) {
            lock.lock();
            try {
                if (waiter.granted() == null && waiter.failure() == null) {
                    boolean interrupted = Thread.currentThread().isInterrupted();
                    RuntimeException failure = interrupted
                            ? PoolFailures.threadInterrupted(pool.address(), new InterruptedException())
                            : PoolFailures.timeout(pool.address(), settings.waitQueueTimeoutMS(), settings.maxPoolSize(),
                                    inUse.size(), available.size(), establishing.size(), settings.maxConnecting(),
                                    waitQueue.size());
                    waitQueue.remove(waiter);
                    throw failure;
                }
            } finally {
                lock.unlock();
            }
        }
        PooledConnection granted = waiter.granted();
        if (granted == null) {
            throw waiter.failure();
        }
        return granted;
    }

    /**
     * Hands what is free to the waiters, head first: available connections, then the right to open
     * new ones, until the queue is empty or nothing is left. Call with the lock held after every
     * change that frees a connection or room to open one; returns the served waiters, to wake
     * after unlocking ({@link #unlock(PoolWaitQueue.Waiter)}).
     */
    private PoolWaitQueue.Waiter serveWaiters() {
        PoolWaitQueue.Waiter toWake = null;
        PoolWaitQueue.Waiter head;
        while ((head = waitQueue.head()) != null) {
            PooledConnection connection = takeOrOpen(head.thread());
            if (connection == null) {
                break;
            }
            toWake = waitQueue.grantHead(connection, toWake);
        }
        return toWake;
    }

    /**
     * The most recent usable available connection, else a new pending one (to be opened by
     * {@code opener}) when allowed, else {@code null}.
     */
    private PooledConnection takeOrOpen(Thread opener) {
        PooledConnection connection = takeAvailable();
        if (connection == null && canOpen()) {
            connection = newPending(opener);
        }
        return connection;
    }

    /** Unlocks, wakes the waiters served meanwhile, then closes the perished connections met under the lock (if any). */
    private void unlock(PoolWaitQueue.Waiter toWake) {
        List<Perished> toClose = drainMetByCheckout();
        lock.unlock();
        PoolWaitQueue.wakeAll(toWake);
        if (!toClose.isEmpty()) {
            pool.closePerished(toClose);
        }
    }

    private List<Perished> drainMetByCheckout() {
        if (metByCheckout.isEmpty()) {
            return List.of();
        }
        List<Perished> drained = new ArrayList<>(metByCheckout);
        metByCheckout.clear();
        return drained;
    }

    /** Returns the reason to close it, or {@code null} when it went back to the available stack. */
    ConnectionClosedReason checkIn(PooledConnection connection) {
        PoolWaitQueue.Waiter toWake = null;
        lock.lock();
        try {
            inUse.remove(connection);
            ConnectionClosedReason reason = state == PoolState.CLOSED ? ConnectionClosedReason.POOL_CLOSED
                    : connection.generation() != generation ? ConnectionClosedReason.STALE
                    : connection.isBroken() ? ConnectionClosedReason.ERROR
                    : null;
            if (reason == null) {
                connection.markCheckedIn(nanoClock.getAsLong());
                available.addFirst(connection);
            } else {
                total--;
            }
            toWake = serveWaiters();
            return reason;
        } finally {
            unlock(toWake);
        }
    }

    /** Paused to ready; runs {@code emitReady} under the lock. Returns false when not paused. */
    boolean markReady(Runnable emitReady) {
        lock.lock();
        try {
            if (state != PoolState.PAUSED) {
                return false;
            }
            state = PoolState.READY;
            emitReady.run();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Returns {@code null} when the pool is closed. {@code emitCleared} gets the new generation, under the lock. */
    Cleared clear(ConnectionPool pool, boolean interruptInUse, IntConsumer emitCleared) {
        lock.lock();
        try {
            if (state == PoolState.CLOSED) {
                return null;
            }
            int clearedGeneration = generation;
            generation++;
            boolean wasReady = state == PoolState.READY;
            state = PoolState.PAUSED;
            if (wasReady) {
                emitCleared.accept(generation);
            }
            waitQueue.failAll(PoolFailures.clearedWhileWaiting(pool.address()));
            List<Perished> idle = drainAvailable(ConnectionClosedReason.STALE);
            List<PooledConnection> toInterrupt = new ArrayList<>();
            if (interruptInUse) {
                for (PooledConnection connection : inUse) {
                    if (connection.generation() <= clearedGeneration) {
                        toInterrupt.add(connection);
                    }
                }
                // interrupted under the lock, so the thread cannot have left establishment (and cleared its flag) yet
                establishing.forEach((connection, thread) -> {
                    connection.establishmentInterrupted = true;
                    thread.interrupt();
                });
            }
            return new Cleared(idle, toInterrupt);
        } finally {
            lock.unlock();
        }
    }

    /** Returns the idle connections to close, or {@code null} when already closed. */
    List<PooledConnection> close(ConnectionPool pool) {
        lock.lock();
        try {
            if (state == PoolState.CLOSED) {
                return null;
            }
            state = PoolState.CLOSED;
            waitQueue.failAll(PoolFailures.closed(pool.address()));
            List<PooledConnection> idle = new ArrayList<>();
            drainAvailable(ConnectionClosedReason.POOL_CLOSED).forEach(p -> idle.add(p.connection()));
            return idle;
        } finally {
            lock.unlock();
        }
    }

    /** Removes perished available connections, oldest first. */
    List<Perished> removePerishedIdle() {
        PoolWaitQueue.Waiter toWake = null;
        lock.lock();
        try {
            List<Perished> perished = new ArrayList<>(0);
            Iterator<PooledConnection> oldestFirst = available.descendingIterator();
            while (oldestFirst.hasNext()) {
                PooledConnection connection = oldestFirst.next();
                ConnectionClosedReason reason = perishedReason(connection);
                if (reason != null) {
                    oldestFirst.remove();
                    total--;
                    perished.add(new Perished(connection, reason));
                }
            }
            if (!perished.isEmpty()) {
                toWake = serveWaiters();
            }
            return perished;
        } finally {
            unlock(toWake);
        }
    }

    /** A new pending connection when the ready pool is below {@code minPoolSize} and may open one; else {@code null}. */
    PooledConnection reserveForMinimum(ConnectionPool pool) {
        lock.lock();
        try {
            if (state != PoolState.READY || total >= settings.minPoolSize() || !canOpen()) {
                return null;
            }
            return newPending(Thread.currentThread());
        } finally {
            lock.unlock();
        }
    }

    /**
     * The connection was opened: it becomes in use (checkout) or available (maintenance). Returns a
     * failure instead when a clear interrupted its establishment, or when a background connection
     * became stale or the pool closed meanwhile; the ledger has then forgotten it.
     */
    RuntimeException finishEstablishing(PooledConnection connection, boolean forCheckout) {
        PoolWaitQueue.Waiter toWake = null;
        lock.lock();
        try {
            establishing.remove(connection);
            RuntimeException failure = null;
            if (connection.establishmentInterrupted) {
                Thread.interrupted();
                failure = PoolFailures.interrupted(connection.address(), null);
            } else if (forCheckout) {
                inUse.add(connection);
            } else if (state == PoolState.CLOSED) {
                failure = PoolFailures.closed(connection.address());
            } else if (connection.generation() != generation) {
                failure = PoolFailures.clearedWhileEstablishing(connection.address());
            } else {
                connection.markCheckedIn(nanoClock.getAsLong());
                available.addFirst(connection);
            }
            if (failure != null) {
                total--;
            }
            toWake = serveWaiters();
            return failure;
        } finally {
            unlock(toWake);
        }
    }

    /** Opening failed: forgets the connection. Returns whether a clear had interrupted it. */
    boolean abandonEstablishing(PooledConnection connection) {
        PoolWaitQueue.Waiter toWake = null;
        lock.lock();
        try {
            establishing.remove(connection);
            total--;
            toWake = serveWaiters();
            if (connection.establishmentInterrupted) {
                Thread.interrupted();
                return true;
            }
            return false;
        } finally {
            unlock(toWake);
        }
    }

    int generation() {
        return generation;
    }

    boolean isClosed() {
        lock.lock();
        try {
            return state == PoolState.CLOSED;
        } finally {
            lock.unlock();
        }
    }

    boolean isBelowMinimum() {
        lock.lock();
        try {
            return state == PoolState.READY && total < settings.minPoolSize();
        } finally {
            lock.unlock();
        }
    }

    ConnectionPoolStatistics snapshot(ServerAddress address, CheckoutStatistics checkouts) {
        lock.lock();
        try {
            return new ConnectionPoolStatistics(address, state.name(), generation, settings.maxPoolSize(), total,
                    inUse.size(), available.size(), establishing.size(), waitQueue.size(),
                    checkouts.checkouts(), checkouts.failures(), checkouts.averageCheckoutMicros(), checkouts.maxCheckoutMicros());
        } finally {
            lock.unlock();
        }
    }

    private PooledConnection takeAvailable() {
        PooledConnection connection;
        while ((connection = available.pollFirst()) != null) {
            ConnectionClosedReason reason = perishedReason(connection);
            if (reason == null) {
                inUse.add(connection);
                return connection;
            }
            total--;
            metByCheckout.add(new Perished(connection, reason));
        }
        return null;
    }

    private boolean canOpen() {
        return (!settings.isCapped() || total < settings.maxPoolSize()) && establishing.size() < settings.maxConnecting();
    }

    private PooledConnection newPending(Thread opener) {
        PooledConnection connection = new PooledConnection(pool, nextConnectionId++, generation, nanoClock.getAsLong());
        total++;
        establishing.put(connection, opener);
        return connection;
    }

    private ConnectionClosedReason perishedReason(PooledConnection connection) {
        return expiry.perishedReason(connection, generation, nanoClock.getAsLong());
    }

    private List<Perished> drainAvailable(ConnectionClosedReason reason) {
        List<Perished> drained = new ArrayList<>(available.size());
        for (PooledConnection connection : available) {
            drained.add(new Perished(connection, reason));
        }
        total -= available.size();
        available.clear();
        return drained;
    }

    private RuntimeException unavailableFailure() {
        if (state == PoolState.CLOSED) {
            return PoolFailures.closed(pool.address());
        }
        return state == PoolState.PAUSED ? PoolFailures.paused(pool.address(), generation) : null;
    }
}
