package io.connectmongodb.driver.internal.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PoolWaitQueueTest {
    private final PoolWaitQueue queue = new PoolWaitQueue();
    private final ConnectionPool pool = ConnectionPool.create(ServerAddress.of("127.0.0.1", 27017),
            new StubConnectionFactory(), io.connectmongodb.driver.pool.ConnectionPoolSettings.builder()
                    .jmxEnabled(false).maintenanceIntervalMS(-1).build(), java.util.List.of());

    @org.junit.jupiter.api.AfterEach
    void closePool() {
        pool.close();
    }

    private PooledConnection connection(long id) {
        return new PooledConnection(pool, id, 0, 0);
    }

    @Test
    void grantsGoToWaitersInArrivalOrderAndTakeThemOutOfTheQueue() {
        PoolWaitQueue.Waiter first = queue.enqueue();
        PoolWaitQueue.Waiter second = queue.enqueue();
        PoolWaitQueue.Waiter third = queue.enqueue();
        assertEquals(3, queue.size());
        assertSame(first, queue.head());
        queue.remove(second); // gave up
        PooledConnection a = connection(1);
        PoolWaitQueue.Waiter toWake = queue.grantHead(a, null);
        assertSame(first, toWake);
        assertSame(a, first.granted());
        assertSame(third, queue.head());
        PooledConnection b = connection(2);
        assertSame(third, queue.grantHead(b, toWake), "the chain to wake grows at its front");
        assertSame(b, third.granted());
        PoolWaitQueue.wakeAll(third); // nobody parks here: unparking a running thread is harmless
        assertNull(second.granted());
        assertTrue(queue.isEmpty());
    }

    @Test
    void failAllHandsEveryWaiterTheFailureAndEmptiesTheQueue() {
        PoolWaitQueue.Waiter first = queue.enqueue();
        PoolWaitQueue.Waiter second = queue.enqueue();
        assertNull(first.failure());
        IllegalStateException failure = new IllegalStateException("cleared");
        queue.failAll(failure);
        assertSame(failure, first.failure());
        assertSame(failure, second.failure());
        assertTrue(queue.isEmpty());
        assertTrue(first.awaitOutcome(true, System.nanoTime()), "an outcome is there, no waiting");
    }

    @Test
    void aParkedWaiterWakesWithItsGrant() throws Exception {
        CountDownLatch enqueued = new CountDownLatch(1);
        AtomicReference<PoolWaitQueue.Waiter> waiter = new AtomicReference<>();
        AtomicReference<Boolean> outcome = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            synchronized (queue) {
                waiter.set(queue.enqueue());
            }
            enqueued.countDown();
            outcome.set(waiter.get().awaitOutcome(true, System.nanoTime() + TimeUnit.SECONDS.toNanos(30)));
        });
        thread.start();
        assertTrue(enqueued.await(10, TimeUnit.SECONDS));
        PooledConnection granted = connection(7);
        PoolWaitQueue.Waiter toWake;
        synchronized (queue) {
            toWake = queue.grantHead(granted, null);
        }
        PoolWaitQueue.wakeAll(toWake); // after releasing the lock, as the ledger does
        thread.join(30_000);
        assertEquals(Boolean.TRUE, outcome.get());
        assertSame(granted, waiter.get().granted());
    }

    @Test
    void waitingEndsWithoutAnOutcomeAtTheDeadlineOrOnInterrupt() {
        PoolWaitQueue.Waiter waiter = queue.enqueue();
        assertFalse(waiter.awaitOutcome(true, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20)));
        Thread.currentThread().interrupt();
        try {
            assertFalse(waiter.awaitOutcome(false, 0));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt status is left set");
        } finally {
            Thread.interrupted();
        }
    }
}
