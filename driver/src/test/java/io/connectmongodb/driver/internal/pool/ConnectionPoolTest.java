package io.connectmongodb.driver.internal.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoConnectionPoolTimeoutException;
import io.connectmongodb.driver.error.MongoPoolClearedException;
import io.connectmongodb.driver.error.MongoPoolClosedException;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.error.MongoSocketOpenException;
import io.connectmongodb.driver.event.ConnectionCheckOutFailedEvent;
import io.connectmongodb.driver.event.ConnectionCheckOutFailedReason;
import io.connectmongodb.driver.event.ConnectionClosedEvent;
import io.connectmongodb.driver.event.ConnectionClosedReason;
import io.connectmongodb.driver.event.ConnectionPoolClearedEvent;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import io.connectmongodb.driver.pool.ConnectionPoolStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectionPoolTest {
    private static final ServerAddress ADDRESS = ServerAddress.of("127.0.0.1", 27017);

    private final StubConnectionFactory factory = new StubConnectionFactory();
    private final RecordingPoolListener listener = new RecordingPoolListener();
    private final FakeNanoClock clock = new FakeNanoClock();
    private final List<ConnectionPool> pools = new ArrayList<>();

    @AfterEach
    void closePools() {
        pools.forEach(ConnectionPool::close);
    }

    private ConnectionPool pool(ConnectionPoolSettings.Builder settings) {
        return pool(settings, EstablishmentErrorHandler.IGNORE, System::nanoTime);
    }

    private ConnectionPool pool(ConnectionPoolSettings.Builder settings, EstablishmentErrorHandler handler,
                                java.util.function.LongSupplier nanoClock) {
        ConnectionPool pool = ConnectionPool.create(ADDRESS, factory, settings.jmxEnabled(false).build(),
                List.of(listener), handler, nanoClock);
        pools.add(pool);
        return pool;
    }

    @Test
    void twoHundredThreadsOnAPoolOfTenLeakNothing() throws Exception {
        ConnectionPool pool = pool(ConnectionPoolSettings.builder().maxPoolSize(10).waitQueueTimeoutMS(30_000));
        pool.ready();
        ExecutorService executor = Executors.newFixedThreadPool(200);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger maxInUse = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                work.add(executor.submit(() -> {
                    start.await();
                    for (int j = 0; j < 20; j++) {
                        try (PooledConnection connection = pool.checkOut()) {
                            maxInUse.accumulateAndGet(pool.statistics().inUse(), Math::max);
                            connection.command(new BsonDocument("ping", new BsonInt32(1)));
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }
        ConnectionPoolStatistics stats = pool.statistics();
        assertEquals(0, stats.inUse());
        assertTrue(stats.total() <= 10, "total " + stats.total());
        assertEquals(stats.total(), stats.available());
        assertTrue(maxInUse.get() <= 10);
        assertEquals(4_000, stats.totalCheckouts());
        assertEquals(0, stats.waiting());
        assertTrue(factory.opens() <= 10, "opened " + factory.opens());
    }

    @Test
    void waitQueueTimeoutThrowsATypedErrorNamingThePoolFigures() {
        ConnectionPool pool = pool(ConnectionPoolSettings.builder().maxPoolSize(1).waitQueueTimeoutMS(50));
        pool.ready();
        PooledConnection held = pool.checkOut();
        MongoConnectionPoolTimeoutException e = assertThrows(MongoConnectionPoolTimeoutException.class, pool::checkOut);
        assertEquals(ADDRESS, e.serverAddress());
        assertTrue(e.getMessage().contains("127.0.0.1:27017"), e.getMessage());
        assertTrue(e.getMessage().contains("maxPoolSize 1"), e.getMessage());
        assertTrue(e.getMessage().contains("in use 1"), e.getMessage());
        assertTrue(e.getMessage().contains("waiting 1"), e.getMessage());
        assertTrue(e.getMessage().contains("after 50 ms"), e.getMessage());
        assertEquals(ConnectionCheckOutFailedReason.TIMEOUT,
                listener.ofType(ConnectionCheckOutFailedEvent.class).get(0).reason());
        held.close();
        assertEquals(1, pool.statistics().failedCheckouts());
    }

    @Test
    void maxConnectingHoldsUnderABurst() throws Exception {
        factory.onHandshake(address -> sleep(20));
        ConnectionPool pool = pool(ConnectionPoolSettings.builder().maxPoolSize(50).maxConnecting(2).waitQueueTimeoutMS(30_000));
        pool.ready();
        ExecutorService executor = Executors.newFixedThreadPool(30);
        CountDownLatch allOut = new CountDownLatch(30);
        CountDownLatch release = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                work.add(executor.submit(() -> {
                    try (PooledConnection c = pool.checkOut()) {
                        allOut.countDown();
                        release.await();
                    }
                    return null;
                }));
            }
            assertTrue(allOut.await(30, TimeUnit.SECONDS));
            release.countDown();
            for (Future<?> f : work) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }
        assertEquals(30, factory.opens());
        assertEquals(2, factory.maxConcurrentOpens(), "at most maxConnecting opens at once, and the burst reaches it");
    }

    @Test
    void clearBumpsTheGenerationPausesFailsWaitersAndClosesStaleConnections() throws Exception {
        ConnectionPool pool = pool(ConnectionPoolSettings.builder().maxPoolSize(1).waitQueueTimeoutMS(30_000));
        pool.ready();
        PooledConnection held = pool.checkOut();
        assertEquals(0, held.generation());
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<PooledConnection> waiter = executor.submit(pool::checkOut);
            assertTrue(listener.await("ConnectionCheckOutStarted", 2, 10_000));
            waitUntil(() -> pool.statistics().waiting() == 1);
            pool.clear();
            Exception failure = assertThrows(Exception.class, () -> waiter.get(10, TimeUnit.SECONDS));
            assertInstanceOf(MongoPoolClearedException.class, failure.getCause());
        } finally {
            executor.shutdownNow();
        }
        assertEquals(1, pool.generation());
        assertEquals(1, listener.ofType(ConnectionPoolClearedEvent.class).size());
        assertThrows(MongoPoolClearedException.class, pool::checkOut, "a cleared pool is paused");

        pool.clear();
        assertEquals(1, listener.ofType(ConnectionPoolClearedEvent.class).size(), "no event when already paused");

        held.close();
        ConnectionClosedEvent closed = listener.ofType(ConnectionClosedEvent.class).get(0);
        assertEquals(ConnectionClosedReason.STALE, closed.reason());
        assertEquals(held.id(), closed.connectionId());

        pool.ready();
        try (PooledConnection fresh = pool.checkOut()) {
            assertEquals(2, fresh.generation());
            assertNotSame(held, fresh);
        }
    }

    @Test
    void clearClosesIdleConnectionsAtOnce() {
        ConnectionPool pool = pool(ConnectionPoolSettings.builder());
        pool.ready();
        pool.checkOut().close();
        pool.clear();
        assertEquals(ConnectionClosedReason.STALE, listener.ofType(ConnectionClosedEvent.class).get(0).reason());
        assertEquals(0, pool.statistics().total());
        assertTrue(factory.opened().get(0).isClosed());
    }

    @Test
    void idleConnectionsAreReusedLastInFirstOut() {
        ConnectionPool pool = pool(ConnectionPoolSettings.builder());
        pool.ready();
        PooledConnection first = pool.checkOut();
        PooledConnection second = pool.checkOut();
        first.close();
        second.close();
        try (PooledConnection again = pool.checkOut()) {
            assertSame(second, again);
        }
    }

    @Test
    void maintenancePrunesIdleAndExpiredConnectionsOnTheClock() {
        ConnectionPool pool = pool(ConnectionPoolSettings.builder().maxIdleTimeMS(1_000).maxLifetimeMS(5_000)
                .maintenanceIntervalMS(-1), EstablishmentErrorHandler.IGNORE, clock);
        pool.ready();
        PooledConnection a = pool.checkOut();
        PooledConnection b = pool.checkOut();
        a.close();
        clock.advance(java.time.Duration.ofMillis(600));
        b.close();
        clock.advance(java.time.Duration.ofMillis(500));
        pool.runMaintenance();
        List<ConnectionClosedEvent> closed = listener.ofType(ConnectionClosedEvent.class);
        assertEquals(1, closed.size(), "only a has been idle for 1 s");
        assertEquals(a.id(), closed.get(0).connectionId());
        assertEquals(ConnectionClosedReason.IDLE, closed.get(0).reason());

        // keep b busy so it never idles long, until its lifetime is up
        for (int i = 0; i < 5; i++) {
            clock.advance(java.time.Duration.ofMillis(900));
            pool.checkOut().close();
            pool.runMaintenance();
        }
        closed = listener.ofType(ConnectionClosedEvent.class);
        assertEquals(2, closed.size());
        assertEquals(b.id(), closed.get(1).connectionId());
    }

    @Test
    void maintenanceFillsMinPoolSizeOnlyWhenReady() {
        ConnectionPool pool = pool(ConnectionPoolSettings.builder().minPoolSize(3).maintenanceIntervalMS(-1),
                EstablishmentErrorHandler.IGNORE, clock);
        pool.runMaintenance();
        assertEquals(0, factory.opens(), "a paused pool is not filled");
        pool.ready();
        pool.runMaintenance();
        assertEquals(3, factory.opens());
        assertEquals(3, pool.statistics().available());
        pool.runMaintenance();
        assertEquals(3, factory.opens(), "already at minPoolSize");
    }

    @Test
    void backgroundThreadFillsMinPoolSizeAfterReady() throws Exception {
        ConnectionPool pool = pool(ConnectionPoolSettings.builder().minPoolSize(2).maintenanceIntervalMS(60_000));
        pool.ready();
        assertTrue(listener.await("ConnectionReady", 2, 10_000));
        waitUntil(() -> pool.statistics().available() == 2);
    }

    @Test
    void backgroundEstablishmentErrorsGoToTheHandler() {
        factory.onHandshake(address -> {
            throw new MongoSocketOpenException("refused", address, null);
        });
        List<RuntimeException> handled = new ArrayList<>();
        ConnectionPool pool = pool(ConnectionPoolSettings.builder().minPoolSize(1).maintenanceIntervalMS(-1),
                (error, generation) -> handled.add(error), clock);
        pool.ready();
        pool.runMaintenance();
        assertEquals(1, handled.size());
        assertInstanceOf(MongoSocketOpenException.class, handled.get(0));
        assertEquals(ConnectionClosedReason.ERROR, listener.ofType(ConnectionClosedEvent.class).get(0).reason());
        assertEquals(0, pool.statistics().total());
    }

    @Test
    void checkoutEstablishmentErrorsAreThrownAndFreeTheSlot() {
        factory.onHandshake(address -> {
            throw new MongoSocketOpenException("refused", address, null);
        });
        ConnectionPool pool = pool(ConnectionPoolSettings.builder().maxPoolSize(1));
        pool.ready();
        assertThrows(MongoSocketOpenException.class, pool::checkOut);
        assertEquals(ConnectionCheckOutFailedReason.CONNECTION_ERROR,
                listener.ofType(ConnectionCheckOutFailedEvent.class).get(0).reason());
        factory.onHandshake(address -> { });
        pool.checkOut().close();
        assertEquals(1, pool.statistics().total());
    }

    @Test
    void brokenConnectionsAreClosedAtCheckIn() {
        ConnectionPool pool = pool(ConnectionPoolSettings.builder());
        pool.ready();
        PooledConnection connection = pool.checkOut();
        factory.opened().get(0).breakWithNetworkError();
        assertThrows(MongoSocketException.class, () -> connection.command(new BsonDocument("ping", new BsonInt32(1))));
        connection.close();
        assertEquals(ConnectionClosedReason.ERROR, listener.ofType(ConnectionClosedEvent.class).get(0).reason());
        assertEquals(0, pool.statistics().total());
    }

    @Test
    void interruptingClearFailsInUseOperationsWithPoolCleared() {
        ConnectionPool pool = pool(ConnectionPoolSettings.builder());
        pool.ready();
        PooledConnection connection = pool.checkOut();
        pool.clear(true);
        assertTrue(factory.opened().get(0).isClosed(), "the socket is closed at once");
        MongoPoolClearedException e = assertThrows(MongoPoolClearedException.class,
                () -> connection.command(new BsonDocument("ping", new BsonInt32(1))));
        assertTrue(e.getMessage().contains("interrupted due to server monitor timeout"));
        assertTrue(listener.ofType(ConnectionPoolClearedEvent.class).get(0).interruptInUseConnections());
    }

    @Test
    void closedPoolRefusesCheckoutsAndClosesCheckedInConnections() {
        ConnectionPool pool = pool(ConnectionPoolSettings.builder());
        pool.ready();
        PooledConnection connection = pool.checkOut();
        pool.close();
        MongoPoolClosedException e = assertThrows(MongoPoolClosedException.class, pool::checkOut);
        assertTrue(e.getMessage().contains("127.0.0.1:27017"));
        connection.close();
        assertEquals(ConnectionClosedReason.POOL_CLOSED, listener.ofType(ConnectionClosedEvent.class).get(0).reason());
        assertEquals(ConnectionCheckOutFailedReason.POOL_CLOSED,
                listener.ofType(ConnectionCheckOutFailedEvent.class).get(0).reason());
    }

    @Test
    void aConnectionIsCheckedInOnceAndUnusableAfterwards() {
        ConnectionPool pool = pool(ConnectionPoolSettings.builder());
        pool.ready();
        PooledConnection connection = pool.checkOut();
        connection.close();
        connection.close();
        assertEquals(1, listener.count("ConnectionCheckedIn"));
        assertTrue(connection.isClosed());
        assertThrows(IllegalStateException.class, () -> connection.command(new BsonDocument("ping", new BsonInt32(1))));
        assertEquals(1, pool.statistics().available());
    }

    @Test
    void aFailingListenerDoesNotBreakCheckouts() {
        ConnectionPool pool = ConnectionPool.create(ADDRESS, factory, ConnectionPoolSettings.builder().jmxEnabled(false).build(),
                List.of(new io.connectmongodb.driver.event.ConnectionPoolListener() {
                    @Override
                    public void connectionCheckedOut(io.connectmongodb.driver.event.ConnectionCheckedOutEvent event) {
                        throw new IllegalStateException("listener bug");
                    }
                }));
        pools.add(pool);
        pool.ready();
        pool.checkOut().close();
        assertEquals(1, pool.statistics().totalCheckouts());
    }

    @Test
    void checkingOutTakesNoTimeOnAFrozenClockAndStatisticsAddUp() {
        ConnectionPool pool = pool(ConnectionPoolSettings.builder(), EstablishmentErrorHandler.IGNORE, clock);
        pool.ready();
        PooledConnection a = pool.checkOut();
        ConnectionPoolStatistics stats = pool.statistics();
        assertEquals("READY", stats.state());
        assertEquals(1, stats.total());
        assertEquals(1, stats.inUse());
        assertEquals(0, stats.available());
        assertEquals(0, stats.maxCheckoutMicros());
        a.close();
        assertFalse(pool.statistics().inUse() > 0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MongoSocketOpenException("interrupted", ADDRESS, e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not reached within 10 s");
            Thread.sleep(2);
        }
    }
}
