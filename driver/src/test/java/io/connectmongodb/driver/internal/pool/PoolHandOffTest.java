package io.connectmongodb.driver.internal.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoInterruptedException;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a saturated pool hands connections to waiting threads, and what an uncontended checkout costs. */
class PoolHandOffTest {
    private static final ServerAddress ADDRESS = ServerAddress.of("127.0.0.1", 27017);

    private final StubConnectionFactory factory = new StubConnectionFactory();
    private final List<ConnectionPool> pools = new ArrayList<>();

    @AfterEach
    void closePools() {
        pools.forEach(ConnectionPool::close);
    }

    private ConnectionPool readyPool(ConnectionPoolSettings.Builder settings) {
        ConnectionPool pool = ConnectionPool.create(ADDRESS, factory,
                settings.jmxEnabled(false).maintenanceIntervalMS(-1).build(), List.of());
        pools.add(pool);
        pool.ready();
        return pool;
    }

    @Test
    void waitersAreServedInArrivalOrderOneReturnedConnectionEach() throws Exception {
        ConnectionPool pool = readyPool(ConnectionPoolSettings.builder().maxPoolSize(1).waitQueueTimeoutMS(30_000));
        PooledConnection held = pool.checkOut();
        List<Integer> served = new CopyOnWriteArrayList<>();
        List<Thread> waiters = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int index = i;
            Thread waiter = new Thread(() -> {
                try (PooledConnection connection = pool.checkOut()) {
                    served.add(index);
                }
            });
            waiter.start();
            waiters.add(waiter);
            awaitWaiting(pool, i + 1); // the next one enters the queue only after this one
        }
        held.close();
        for (Thread waiter : waiters) {
            waiter.join(30_000);
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5), served);
        assertEquals(1, factory.opens(), "the one connection went from thread to thread");
        assertEquals(0, pool.statistics().waiting());
    }

    @Test
    void aWaiterLeavingFromTheMiddleDoesNotStallTheOthers() throws Exception {
        ConnectionPool pool = readyPool(ConnectionPoolSettings.builder().maxPoolSize(1).waitQueueTimeoutMS(30_000));
        PooledConnection held = pool.checkOut();
        List<String> served = new CopyOnWriteArrayList<>();
        Thread first = waiterRecording(pool, "first", served);
        awaitWaiting(pool, 1);
        AtomicReference<Throwable> middleFailure = new AtomicReference<>();
        Thread middle = new Thread(() -> {
            try {
                pool.checkOut().close();
            } catch (RuntimeException e) {
                middleFailure.set(e);
            }
        });
        middle.start();
        awaitWaiting(pool, 2);
        Thread last = waiterRecording(pool, "last", served);
        awaitWaiting(pool, 3);
        middle.interrupt();
        middle.join(30_000);
        assertInstanceOf(MongoInterruptedException.class, middleFailure.get());
        awaitWaiting(pool, 2);
        held.close();
        first.join(30_000);
        last.join(30_000);
        assertEquals(List.of("first", "last"), served);
        assertEquals(0, pool.statistics().waiting());
    }

    private static Thread waiterRecording(ConnectionPool pool, String name, List<String> served) {
        Thread waiter = new Thread(() -> {
            try (PooledConnection connection = pool.checkOut()) {
                served.add(name);
            }
        });
        waiter.start();
        return waiter;
    }

    @Test
    void anUncontendedCheckoutAndCheckInAllocateNothing() {
        ConnectionPool pool = readyPool(ConnectionPoolSettings.builder());
        pool.checkOut().close(); // opens the connection
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        int cycles = 20_000;
        for (int i = 0; i < cycles; i++) {
            pool.checkOut().close();
        }
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < cycles; i++) {
            pool.checkOut().close();
        }
        long perCycle = (threads.getThreadAllocatedBytes(thread) - before) / cycles;
        assertTrue(perCycle < 8, "allocated " + perCycle + " bytes per checkout and check-in");
        assertEquals(1, factory.opens());
    }

    private static void awaitWaiting(ConnectionPool pool, int waiting) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (pool.statistics().waiting() != waiting) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + waiting + " waiting checkouts, have " + pool.statistics().waiting());
            }
            Thread.sleep(1);
        }
    }
}
