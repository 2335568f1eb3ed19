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
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Everything a {@link ConnectionPool} must change atomically, behind one lock: the state and
 * generation, the counts (total = pending + available + in use), the LIFO stack of available
 * connections, the set of in-use ones, the threads establishing connections and the FIFO wait queue.
 *
 * <p>Each waiting thread has its own {@link Condition}, and only the head of the queue is signalled
 * when something it may use changes (a check-in, a finished or failed establishment, a removed
 * connection, the head leaving). That gives first-come first-served hand-out without waking every
 * waiter. Clear and close fail the waiters by setting their failure and signalling each one. No
 * method does I/O; connections to close are returned to the caller, which closes them after unlocking.
 */
final class PoolLedger {
    /** A connection removed from the pool that the caller must close, for {@code reason}. */
    record Perished(PooledConnection connection, ConnectionClosedReason reason) {
    }

    /** The outcome of waiting in the queue: a connection (maybe still to establish) or a failure. */
    record Reservation(PooledConnection connection, RuntimeException failure, List<Perished> perished) {
    }

    /** What a clear left for the caller: idle connections to close, in-use ones to interrupt. */
    record Cleared(List<Perished> idle, List<PooledConnection> inUseToInterrupt) {
    }

    private static final class Waiter {
        final Condition condition;
        RuntimeException failure;

        Waiter(Condition condition) {
            this.condition = condition;
        }
    }

    private final ConnectionPoolSettings settings;
    private final LongSupplier nanoClock;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<PooledConnection> available = new ArrayDeque<>();
    private final Set<PooledConnection> inUse = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<PooledConnection, Thread> establishing = new IdentityHashMap<>();
    private final ArrayDeque<Waiter> waitQueue = new ArrayDeque<>();
    private PoolState state = PoolState.PAUSED;
    private int generation;
    private int total;
    private long nextConnectionId = 1;

    PoolLedger(ConnectionPoolSettings settings, LongSupplier nanoClock) {
        this.settings = settings;
        this.nanoClock = nanoClock;
    }

    /** Waits in the queue until this thread can take an available connection or open a new one. */
    Reservation reserve(ConnectionPool pool) {
        List<Perished> perished = new ArrayList<>(0);
        Waiter waiter = null;
        lock.lock();
        try {
            RuntimeException unavailable = unavailableFailure(pool.address());
            if (unavailable != null) {
                return new Reservation(null, unavailable, perished);
            }
            waiter = new Waiter(lock.newCondition());
            waitQueue.addLast(waiter);
            long timeoutNanos = TimeUnit.MILLISECONDS.toNanos(settings.waitQueueTimeoutMS());
            long deadline = System.nanoTime() + timeoutNanos;
            while (true) {
                if (waiter.failure != null) {
                    return new Reservation(null, waiter.failure, perished);
                }
                if (waitQueue.peekFirst() == waiter) {
                    PooledConnection connection = takeAvailable(perished);
                    if (connection == null && canOpen()) {
                        connection = newPending(pool);
                    }
                    if (connection != null) {
                        return new Reservation(connection, null, perished);
                    }
                }
                if (timeoutNanos == 0) {
                    waiter.condition.await();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return new Reservation(null, PoolFailures.timeout(pool.address(), settings.waitQueueTimeoutMS(),
                                settings.maxPoolSize(), inUse.size(), available.size(), establishing.size(),
                                settings.maxConnecting(), waitQueue.size()), perished);
                    }
                    waiter.condition.awaitNanos(left);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reservation(null, PoolFailures.threadInterrupted(pool.address(), e), perished);
        } finally {
            if (waiter != null) {
                waitQueue.remove(waiter);
                signalHead();
            }
            lock.unlock();
        }
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
            signalHead();
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
            failWaiters(PoolFailures.clearedWhileWaiting(pool.address()));
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
            failWaiters(PoolFailures.closed(pool.address()));
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
                signalHead();
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
            signalHead();
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
            signalHead();
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
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
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

    private PooledConnection takeAvailable(List<Perished> perished) {
        PooledConnection connection;
        while ((connection = available.pollFirst()) != null) {
            ConnectionClosedReason reason = perishedReason(connection);
            if (reason == null) {
                inUse.add(connection);
                return connection;
            }
            total--;
            perished.add(new Perished(connection, reason));
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

    private void failWaiters(RuntimeException failure) {
        for (Waiter waiter : waitQueue) {
            waiter.failure = failure;
            waiter.condition.signal();
        }
    }

    private void signalHead() {
        Waiter head = waitQueue.peekFirst();
        if (head != null) {
            head.condition.signal();
        }
    }

    private RuntimeException unavailableFailure(ServerAddress address) {
        if (state == PoolState.CLOSED) {
            return PoolFailures.closed(address);
        }
        return state == PoolState.PAUSED ? PoolFailures.paused(address, generation) : null;
    }
}
