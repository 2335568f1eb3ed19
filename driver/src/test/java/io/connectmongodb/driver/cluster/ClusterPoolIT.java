package io.connectmongodb.driver.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.balancing.LoadBalancingSettings;
import io.connectmongodb.driver.error.MongoConnectionPoolTimeoutException;
import io.connectmongodb.driver.event.ConnectionCheckedInEvent;
import io.connectmongodb.driver.event.ConnectionCheckedOutEvent;
import io.connectmongodb.driver.event.ConnectionClosedEvent;
import io.connectmongodb.driver.event.ConnectionCreatedEvent;
import io.connectmongodb.driver.event.ConnectionPoolClearedEvent;
import io.connectmongodb.driver.event.ConnectionPoolListener;
import io.connectmongodb.driver.event.ConnectionReadyEvent;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import io.connectmongodb.driver.pool.ConnectionPoolStatistics;
import io.connectmongodb.testsupport.EmbeddedRouters;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connection pool through the whole client, against an embedded mongos router on loopback. */
class ClusterPoolIT {
    private EmbeddedRouters routers;
    private final RouterTraffic traffic = new RouterTraffic();
    private final PoolWatcher watcher = new PoolWatcher();

    @BeforeEach
    void startRouter() {
        routers = EmbeddedRouters.start(1);
    }

    @AfterEach
    void stopRouter() {
        routers.close();
    }

    private MongoClient client(ConnectionPoolSettings pool) {
        MongoClient client = MongoClients.create(RouterTraffic.settings(routers.addresses(), traffic)
                .connectionPoolSettings(pool)
                .loadBalancingSettings(LoadBalancingSettings.builder().jmxEnabled(false).build())
                .addConnectionPoolListener(watcher).build());
        RouterTraffic.awaitMongoses(client, routers, 0);
        return client;
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("pool").getCollection("c");
    }

    @Test
    void twoHundredThreadsOnAPoolOfTenLeakNothing() throws InterruptedException {
        routers.backend(0).commandDelayMillis(1);
        try (MongoClient client = client(ConnectionPoolSettings.builder().maxPoolSize(10).waitQueueTimeoutMS(30_000)
                .jmxEnabled(false).build())) {
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 200; t++) {
                Thread thread = new Thread(() -> {
                    try {
                        go.await();
                        for (int i = 0; i < 5; i++) {
                            collection(client).find().first();
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                thread.start();
                threads.add(thread);
            }
            go.countDown();
            for (Thread thread : threads) {
                thread.join(60_000);
            }
            assertTrue(failures.isEmpty(), "failures: " + failures);
            assertEquals(1_000, traffic.total());
            ConnectionPoolStatistics stats = client.connectionPoolStats().get(0);
            assertEquals(0, stats.inUse(), "no connection leaked: " + stats);
            assertTrue(stats.total() <= 10, "the pool stayed within maxPoolSize: " + stats);
            assertTrue(watcher.maxCheckedOut.get() <= 10, "at most 10 checked out at once: " + watcher.maxCheckedOut.get());
            assertEquals(1_000, stats.totalCheckouts());
            System.out.println("200 threads x 5 finds on a pool of 10: " + stats);
        }
    }

    @Test
    void aWaitQueueTimeoutSurfacesAsTheTypedError() throws InterruptedException {
        routers.backend(0).commandDelayMillis(1_000);
        try (MongoClient client = client(ConnectionPoolSettings.builder().maxPoolSize(1).waitQueueTimeoutMS(100)
                .jmxEnabled(false).build())) {
            Thread holder = new Thread(() -> collection(client).find().first());
            holder.start();
            RouterTraffic.await("the only connection to be in use", () -> client.connectionPoolStats().get(0).inUse() == 1);
            MongoConnectionPoolTimeoutException e = assertThrows(MongoConnectionPoolTimeoutException.class,
                    () -> collection(client).find().first());
            assertTrue(e.getMessage().contains(routers.address(0).toString()), e.getMessage());
            holder.join(10_000);
            assertEquals(0, client.connectionPoolStats().get(0).inUse());
        }
    }

    @Test
    void maxConnectingHoldsUnderABurst() throws InterruptedException {
        routers.backend(0).commandDelayMillis(20);
        try (MongoClient client = client(ConnectionPoolSettings.builder().maxPoolSize(50).maxConnecting(2)
                .jmxEnabled(false).build())) {
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 40; t++) {
                Thread thread = new Thread(() -> {
                    try {
                        go.await();
                        collection(client).find().first();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                thread.start();
                threads.add(thread);
            }
            go.countDown();
            for (Thread thread : threads) {
                thread.join(30_000);
            }
            assertEquals(40, traffic.total());
            assertTrue(watcher.created.get() > 2, "the burst opened several connections: " + watcher.created.get());
            assertTrue(watcher.maxPending.get() <= 2, "at most maxConnecting (2) connections were being established at once, saw "
                    + watcher.maxPending.get());
        }
    }

    @Test
    void aNetworkErrorClearsThePoolAsEventsShow() throws InterruptedException {
        try (MongoClient client = client(ConnectionPoolSettings.builder().jmxEnabled(false).build())) {
            collection(client).find().first();
            assertTrue(watcher.clears.isEmpty());
            routers.kill(0);
            try {
                collection(client).find().first();
            } catch (RuntimeException expected) {
                // the pooled connection's socket is gone, or the monitor already marked the router Unknown
            }
            RouterTraffic.await("a pool cleared event", () -> !watcher.clears.isEmpty());
            assertEquals(routers.address(0), watcher.clears.get(0).address());
            assertTrue(client.connectionPoolStats().get(0).generation() >= 1);
        }
    }

    @Test
    void theClientRegistersItsMBeansAndRemovesThemWhenClosed() throws MalformedObjectNameException {
        Set<ObjectName> before = connectMongodbMBeans();
        MongoClient client = MongoClients.create(RouterTraffic.settings(routers.addresses(), traffic)
                .connectionPoolSettings(ConnectionPoolSettings.builder().jmxEnabled(true).build())
                .loadBalancingSettings(LoadBalancingSettings.builder().jmxEnabled(true).build()).build());
        try {
            RouterTraffic.awaitMongoses(client, routers, 0);
            collection(client).find().first();
            Set<ObjectName> during = connectMongodbMBeans();
            during.removeAll(before);
            Set<String> types = new java.util.TreeSet<>();
            during.forEach(name -> types.add(name.getKeyProperty("type")));
            assertEquals(Set.of("Cluster", "Server", "ConnectionPool"), types, "registered: " + during);
        } finally {
            client.close();
        }
        assertEquals(before, connectMongodbMBeans(), "every MBean of the client is unregistered");
    }

    private static Set<ObjectName> connectMongodbMBeans() throws MalformedObjectNameException {
        return new java.util.HashSet<>(ManagementFactory.getPlatformMBeanServer().queryNames(new ObjectName("io.connectmongodb:*"), null));
    }

    /** Tracks connections being established and checked out, and pool clears. */
    private static final class PoolWatcher implements ConnectionPoolListener {
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger pending = new AtomicInteger();
        final AtomicInteger maxPending = new AtomicInteger();
        final AtomicInteger checkedOut = new AtomicInteger();
        final AtomicInteger maxCheckedOut = new AtomicInteger();
        final Set<Long> establishing = ConcurrentHashMap.newKeySet();
        final List<ConnectionPoolClearedEvent> clears = new CopyOnWriteArrayList<>();

        @Override
        public void connectionCreated(ConnectionCreatedEvent event) {
            created.incrementAndGet();
            establishing.add(event.connectionId());
            maxPending.accumulateAndGet(pending.incrementAndGet(), Math::max);
        }

        @Override
        public void connectionReady(ConnectionReadyEvent event) {
            if (establishing.remove(event.connectionId())) {
                pending.decrementAndGet();
            }
        }

        @Override
        public void connectionClosed(ConnectionClosedEvent event) {
            if (establishing.remove(event.connectionId())) {
                pending.decrementAndGet();
            }
        }

        @Override
        public void connectionCheckedOut(ConnectionCheckedOutEvent event) {
            maxCheckedOut.accumulateAndGet(checkedOut.incrementAndGet(), Math::max);
        }

        @Override
        public void connectionCheckedIn(ConnectionCheckedInEvent event) {
            checkedOut.decrementAndGet();
        }

        @Override
        public void poolCleared(ConnectionPoolClearedEvent event) {
            clears.add(event);
        }
    }
}
