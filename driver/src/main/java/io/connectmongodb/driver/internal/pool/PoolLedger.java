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
 * <p>Waiting threads queue in a {@link PoolWaitQueue}; only its head is served, and it is woken only
 * when it can make progress (an available connection, or room to open one) after something changed
 * (a check-in, a finished or failed establishment, a removed connection, the head leaving). That
 * gives first-come first-served hand-out with one wake-up per returned connection. A checkout that
 * finds the queue empty and a connection at hand takes it without queueing (and without allocating).
 * Clear and close fail the waiters. No method does I/O under the lock: connections to close are
 * returned to the caller, or, for those a checkout meets, handed to
 * {@link ConnectionPool#closePerished} after unlocking.
 */
final class PoolLedger {
    /** A connection removed from the pool that the caller must close, for {@code reason}. */
    record Perished(PooledConnection connection, ConnectionClosedReason reason) {
    }

    /** What a clear left for the caller: idle connections to close, in-use ones to interrupt. */
    record Cleared(List<Perished> idle, List<PooledConnection> inUseToInterrupt) {
    }

    private final ConnectionPoolSettings settings;
    private final LongSupplier nanoClock;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<PooledConnection> available = new ArrayDeque<>();
    private final Set<PooledConnection> inUse = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<PooledConnection, Thread> establishing = new IdentityHashMap<>();
    private final PoolWaitQueue waitQueue = new PoolWaitQueue(lock);
    /** Perished connections the current checkout met, collected under the lock, closed after it. */
    private final List<Perished> metByCheckout = new ArrayList<>();
    private PoolState state = PoolState.PAUSED;
    /** Written under the lock; volatile so that {@link #generation()} (read before every checkout) needs no lock. */
    private volatile int generation;
    private int total;
    private long nextConnectionId = 1;

    PoolLedger(ConnectionPoolSettings settings, LongSupplier nanoClock) {
        this.settings = settings;
        this.nanoClock = nanoClock;
    }

    /**
     * Waits in the queue until this thread can take an available connection or open a new one, and
     * returns that connection ({@link PooledConnection#isEstablished() not yet established} when new).
     * Perished connections met on the way are closed through {@link ConnectionPool#closePerished}
     * after unlocking, before this returns or throws.
     *
     * @throws RuntimeException the pool is closed or paused, was cleared while waiting, the wait
     *                          queue timeout passed, or the thread was interrupted
     */
    PooledConnection reserve(ConnectionPool pool) {
        PooledConnection connection = null;
        RuntimeException failure;
        List<Perished> toClose;
        lock.lock();
        try {
            failure = unavailableFailure(pool.address());
            if (failure == null && waitQueue.isEmpty()) {
                connection = takeOrOpen(pool);
            }
            if (failure == null && connection == null) {
                PoolWaitQueue.Waiter waiter = waitQueue.enqueue();
                try {
                    connection = awaitTurn(pool, waiter);
                    failure = waiter.failure();
                } catch (RuntimeException e) {
                    failure = e;
                } finally {
                    waitQueue.remove(waiter);
                    signalHeadIfItCanProceed();
                }
            }
        } finally {
            toClose = drainMetByCheckout();
            lock.unlock();
        }
        if (!toClose.isEmpty()) {
            pool.closePerished(toClose);
        }
        if (connection == null) {
            throw failure;
        }
        return connection;
    }

    /**
     * Waits (lock held, released while parked) until the waiter is the head and gets a connection;
     * returns {@code null} when a clear or close failed the waiter.
     */
    private PooledConnection awaitTurn(ConnectionPool pool, PoolWaitQueue.Waiter waiter) {
        long timeoutNanos = TimeUnit.MILLISECONDS.toNanos(settings.waitQueueTimeoutMS());
        long deadline = System.nanoTime() + timeoutNanos;
        try {
            while (waiter.failure() == null) {
                if (waitQueue.isHead(waiter)) {
                    PooledConnection connection = takeOrOpen(pool);
                    if (connection != null) {
                        return connection;
                    }
                }
                if (timeoutNanos == 0) {
                    waiter.condition().await();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw PoolFailures.timeout(pool.address(), settings.waitQueueTimeoutMS(),
                                settings.maxPoolSize(), inUse.size(), available.size(), establishing.size(),
                                settings.maxConnecting(), waitQueue.size());
                    }
                    waiter.condition().awaitNanos(left);
                }
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PoolFailures.threadInterrupted(pool.address(), e);
        }
    }

    /** The most recent usable available connection, else a new pending one when allowed, else {@code null}. */
    private PooledConnection takeOrOpen(ConnectionPool pool) {
        PooledConnection connection = takeAvailable();
        if (connection == null && canOpen()) {
            connection = newPending(pool);
        }
        return connection;
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
            signalHeadIfItCanProceed();
            return reason;
        } finally {
            lock.unlock();
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
                signalHeadIfItCanProceed();
            }
            return perished;
        } finally {
            lock.unlock();
        }
    }

    /** A new pending connection when the ready pool is below {@code minPoolSize} and may open one; else {@code null}. */
    PooledConnection reserveForMinimum(ConnectionPool pool) {
        lock.lock();
        try {
            if (state != PoolState.READY || total >= settings.minPoolSize() || !canOpen()) {
                return null;
            }
            return newPending(pool);
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
            signalHeadIfItCanProceed();
            return failure;
        } finally {
            lock.unlock();
        }
    }

    /** Opening failed: forgets the connection. Returns whether a clear had interrupted it. */
    boolean abandonEstablishing(PooledConnection connection) {
        lock.lock();
        try {
            establishing.remove(connection);
            total--;
            signalHeadIfItCanProceed();
            if (connection.establishmentInterrupted) {
                Thread.interrupted();
                return true;
            }
            return false;
        } finally {
            lock.unlock();
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

    private PooledConnection newPending(ConnectionPool pool) {
        PooledConnection connection = new PooledConnection(pool, nextConnectionId++, generation, nanoClock.getAsLong());
        total++;
        establishing.put(connection, Thread.currentThread());
        return connection;
    }

    /** Stale, broken, idle longer than maxIdleTimeMS or older than maxLifetimeMS; {@code null} when still usable. */
    private ConnectionClosedReason perishedReason(PooledConnection connection) {
        if (connection.generation() != generation) {
            return ConnectionClosedReason.STALE;
        }
        if (connection.isBroken()) {
            return ConnectionClosedReason.ERROR;
        }
        long now = nanoClock.getAsLong();
        if (settings.maxIdleTimeMS() > 0
                && now - connection.lastCheckedInNanos() >= TimeUnit.MILLISECONDS.toNanos(settings.maxIdleTimeMS())) {
            return ConnectionClosedReason.IDLE;
        }
        if (settings.maxLifetimeMS() > 0
                && now - connection.createdNanos() >= TimeUnit.MILLISECONDS.toNanos(settings.maxLifetimeMS())) {
            return ConnectionClosedReason.IDLE;
        }
        return null;
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

    /**
     * Wakes the head of the queue only when it would get somewhere: an available connection (maybe
     * perished, which it then removes) or room to open one. Otherwise it would wake up, find nothing
     * and park again, which with many waiters costs a context switch per checkout.
     */
    private void signalHeadIfItCanProceed() {
        if (!waitQueue.isEmpty() && (!available.isEmpty() || canOpen())) {
            waitQueue.signalHead();
        }
    }

    private RuntimeException unavailableFailure(ServerAddress address) {
        if (state == PoolState.CLOSED) {
            return PoolFailures.closed(address);
        }
        return state == PoolState.PAUSED ? PoolFailures.paused(address, generation) : null;
    }
}
