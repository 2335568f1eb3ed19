package io.connectmongodb.driver.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.CircuitBreakerSettings;
import io.connectmongodb.driver.balancing.CircuitBreakerState;
import io.connectmongodb.driver.balancing.ClusterStatistics;
import io.connectmongodb.driver.balancing.LoadBalancingSettings;
import io.connectmongodb.driver.balancing.LoadBalancingStrategyType;
import io.connectmongodb.driver.balancing.ServerStatistics;
import io.connectmongodb.driver.event.CircuitBreakerClosedEvent;
import io.connectmongodb.driver.event.CircuitBreakerHalfOpenEvent;
import io.connectmongodb.driver.event.CircuitBreakerListener;
import io.connectmongodb.driver.event.CircuitBreakerOpenedEvent;
import io.connectmongodb.testsupport.EmbeddedRouters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole client against three embedded mongos routers on loopback: how each strategy spreads
 * traffic, a router killed under load and readmitted on the same port, and strategy and
 * membership changes while load runs. Every run is bounded in operations and time.
 */
class LoadBalancingIT {
    private EmbeddedRouters routers;
    private final RouterTraffic traffic = new RouterTraffic();

    @BeforeEach
    void startRouters() {
        routers = EmbeddedRouters.start(3);
    }

    @AfterEach
    void stopRouters() {
        routers.close();
    }

    private MongoClient client(LoadBalancingSettings.Builder balancing, CircuitBreakerListener breakerListener) {
        MongoClient client = MongoClients.create(RouterTraffic.settings(routers.addresses(), traffic)
                .loadBalancingSettings(balancing.jmxEnabled(false).build())
                .addCircuitBreakerListener(breakerListener).build());
        RouterTraffic.awaitMongoses(client, routers, 0, 1, 2);
        return client;
    }

    private MongoClient client(LoadBalancingStrategyType strategy) {
        return client(LoadBalancingSettings.builder().strategy(strategy), new CircuitBreakerListener() { });
    }

    private static void finds(MongoClient client, int count) {
        MongoCollection<Document> collection = client.getDatabase("lb").getCollection("c");
        for (int i = 0; i < count; i++) {
            collection.find().first();
        }
    }

    private double share(int router) {
        return (double) traffic.finds(routers.address(router)) / traffic.total();
    }

    @Test
    void roundRobinSpreadsEvenly() {
        try (MongoClient client = client(LoadBalancingStrategyType.ROUND_ROBIN)) {
            finds(client, 300);
            for (int i = 0; i < 3; i++) {
                long count = traffic.finds(routers.address(i));
                assertTrue(count >= 95 && count <= 105, "router " + i + " got " + count + " of 300 (expected 100 +- 5)");
            }
            ClusterStatistics statistics = client.clusterStatistics();
            assertEquals(LoadBalancingStrategyType.ROUND_ROBIN, statistics.strategy());
            assertEquals(3, statistics.servers().size());
            assertTrue(statistics.totalRequests() >= 300);
            System.out.println("round robin over 300 finds: " + traffic.finds(routers.address(0)) + " / "
                    + traffic.finds(routers.address(1)) + " / " + traffic.finds(routers.address(2)));
        }
    }

    @Test
    void weightedSpreadsInProportion() {
        Map<ServerAddress, Integer> weights = Map.of(routers.address(0), 10, routers.address(1), 5, routers.address(2), 7);
        try (MongoClient client = client(LoadBalancingSettings.builder().strategy(LoadBalancingStrategyType.WEIGHTED)
                .weights(weights), new CircuitBreakerListener() { })) {
            finds(client, 1_100);
            double[] expected = {10 / 22.0, 5 / 22.0, 7 / 22.0};
            for (int i = 0; i < 3; i++) {
                assertEquals(expected[i], share(i), 0.05, "share of router " + i + " (weights 10:5:7, tolerance 0.05)");
            }
            System.out.printf("weighted 10:5:7 over 1100 finds: %.3f / %.3f / %.3f%n", share(0), share(1), share(2));
        }
    }

    @Test
    void responseTimeAvoidsTheSlowRouter() {
        routers.backend(2).commandDelayMillis(15);
        try (MongoClient client = client(LoadBalancingStrategyType.RESPONSE_TIME)) {
            finds(client, 300);
            assertTrue(share(2) < 0.1, "the slow router got " + share(2) + " of the finds (expected < 0.1)");
            assertTrue(share(0) + share(1) > 0.9, "the fast routers serve the rest: " + share(0) + " / " + share(1));
            ServerStatistics slow = statisticsOf(client, 2);
            ServerStatistics fast = statisticsOf(client, 0);
            assertTrue(slow.averageResponseMicros() > fast.averageResponseMicros(), slow + " vs " + fast);
        }
    }

    @Test
    void leastConnectionsSendsLessToTheRouterThatHoldsOperationsLonger() throws InterruptedException {
        routers.backend(0).commandDelayMillis(20);
        routers.backend(1).commandDelayMillis(2);
        routers.backend(2).commandDelayMillis(2);
        try (MongoClient client = client(LoadBalancingStrategyType.LEAST_CONNECTIONS)) {
            List<Throwable> failures = runLoad(client, 6, Duration.ofMillis(1_500), new AtomicBoolean());
            assertTrue(failures.isEmpty(), "failures: " + failures);
            assertTrue(traffic.total() > 100, "enough finds ran: " + traffic.total());
            assertTrue(share(0) > 0.02, "the slow router still serves some: " + share(0));
            assertTrue(share(0) < share(1) && share(0) < share(2),
                    "slow router share " + share(0) + " is below the fast ones " + share(1) + " / " + share(2));
        }
    }

    @Test
    void tagAwarePrefersTheClientsRegionThenFallsBack() {
        routers.backend(0).tags(Map.of("region", "us"));
        routers.backend(1).tags(Map.of("region", "eu"));
        routers.backend(2).tags(Map.of("region", "us"));
        try (MongoClient client = client(LoadBalancingSettings.builder().strategy(LoadBalancingStrategyType.TAG_AWARE)
                .preferredTags(Map.of("region", "eu")), new CircuitBreakerListener() { })) {
            RouterTraffic.await("tags seen", () -> "eu".equals(client.getClusterDescription()
                    .server(routers.address(1)).tags().get("region")));
            finds(client, 100);
            assertEquals(100, traffic.finds(routers.address(1)), "every find goes to the eu router");
            client.removeServer(routers.address(1));
            traffic.reset();
            finds(client, 100);
            assertEquals(100, traffic.finds(routers.address(0)) + traffic.finds(routers.address(2)));
            assertTrue(traffic.finds(routers.address(0)) > 10 && traffic.finds(routers.address(2)) > 10,
                    "without an eu router the others share the load");
        }
    }

    @Test
    void aRouterKilledUnderLoadIsAvoidedThenReadmittedAfterHalfOpenProbes() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            routers.backend(i).commandDelayMillis(3); // keeps operations in flight on every router
        }
        List<CircuitBreakerOpenedEvent> opened = new CopyOnWriteArrayList<>();
        List<CircuitBreakerHalfOpenEvent> halfOpen = new CopyOnWriteArrayList<>();
        List<CircuitBreakerClosedEvent> closed = new CopyOnWriteArrayList<>();
        AtomicLong openedAt = new AtomicLong(Long.MAX_VALUE);
        CircuitBreakerListener breakerListener = new CircuitBreakerListener() {
            @Override
            public void circuitOpened(CircuitBreakerOpenedEvent event) {
                openedAt.compareAndSet(Long.MAX_VALUE, System.nanoTime());
                opened.add(event);
            }

            @Override
            public void circuitHalfOpen(CircuitBreakerHalfOpenEvent event) {
                halfOpen.add(event);
            }

            @Override
            public void circuitClosed(CircuitBreakerClosedEvent event) {
                closed.add(event);
            }
        };
        CircuitBreakerSettings breaker = CircuitBreakerSettings.builder().failureThreshold(1)
                .recoveryTimeout(Duration.ofSeconds(1)).halfOpenMaxCalls(3).build();
        ServerAddress victim = routers.address(1);
        try (MongoClient client = client(LoadBalancingSettings.builder().strategy(LoadBalancingStrategyType.ROUND_ROBIN)
                .circuitBreaker(breaker), breakerListener)) {
            List<long[]> failedStarts = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> load = startLoad(client, 6, stop, failedStarts);
            Thread.sleep(300);
            routers.kill(1);
            RouterTraffic.await("the victim's breaker to open", () -> !opened.isEmpty());
            assertEquals(victim, opened.get(0).address());
            long victimFindsWhileDown = traffic.finds(victim);
            Thread.sleep(1_200); // past the recovery timeout, while the router is still down
            assertEquals(victimFindsWhileDown, traffic.finds(victim), "no find reached the dead router");
            routers.restart(1);
            RouterTraffic.await("the victim's breaker to close again", () -> !closed.isEmpty());
            long readmittedAt = traffic.finds(victim);
            Thread.sleep(300);
            stop.set(true);
            for (Thread thread : load) {
                thread.join(10_000);
            }
            assertTrue(traffic.finds(victim) > readmittedAt, "the readmitted router serves finds again");
            assertTrue(!halfOpen.isEmpty() && halfOpen.get(0).address().equals(victim), "probes ran half-open first");
            assertEquals(victim, closed.get(0).address());
            long failuresAfterDetection = failedStarts.stream().filter(f -> f[0] > openedAt.get()).count();
            assertEquals(0, failuresAfterDetection, "no operation started after the breaker opened failed");
            // retryable reads (on by default) re-run a find that met the kill on another router, so often none fails
            assertTrue(failedStarts.size() <= 6,
                    "failures at the moment of the kill are bounded by the threads in flight: " + failedStarts.size());
            assertEquals(CircuitBreakerState.CLOSED, statisticsOf(client, 1).breakerState());
            System.out.println("kill under load: " + failedStarts.size() + " failed operations at the kill, 0 after the breaker"
                    + " opened; readmitted after " + halfOpen.get(0).probeCalls() + " half-open probes");
        }
    }

    @Test
    void strategiesAndMembershipChangeWhileLoadRuns() throws InterruptedException {
        try (MongoClient client = MongoClients.create(RouterTraffic.settings(List.of(routers.address(0), routers.address(1)), traffic)
                .loadBalancingSettings(LoadBalancingSettings.builder().jmxEnabled(false).build()).build())) {
            RouterTraffic.awaitMongoses(client, routers, 0, 1);
            List<long[]> failures = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> load = startLoad(client, 4, stop, failures);
            for (LoadBalancingStrategyType strategy : LoadBalancingStrategyType.values()) {
                client.setLoadBalancingStrategy(strategy);
                assertEquals(strategy, client.getLoadBalancingStrategy());
                Thread.sleep(100);
            }
            client.setLoadBalancingStrategy(LoadBalancingStrategyType.ROUND_ROBIN);
            client.addServer(routers.address(2));
            RouterTraffic.await("the added router to serve", () -> traffic.finds(routers.address(2)) > 20);
            client.removeServer(routers.address(0));
            Thread.sleep(200); // operations already on router 0 finish
            long afterRemoval = traffic.finds(routers.address(0));
            Thread.sleep(300);
            stop.set(true);
            for (Thread thread : load) {
                thread.join(10_000);
            }
            assertEquals(afterRemoval, traffic.finds(routers.address(0)), "no new find reached the removed router");
            assertTrue(failures.isEmpty(), failures.size() + " operations failed while strategies and members changed");
            List<ServerAddress> pools = client.connectionPoolStats().stream().map(s -> s.address()).toList();
            assertEquals(List.of(routers.address(1), routers.address(2)).stream().sorted(java.util.Comparator.comparing(Object::toString)).toList(),
                    pools, "the removed router's pool drained and closed");
            assertEquals(2, client.clusterStatistics().servers().size());
        }
    }

    private ServerStatistics statisticsOf(MongoClient client, int router) {
        return client.clusterStatistics().servers().stream().filter(s -> s.address().equals(routers.address(router)))
                .findFirst().orElseThrow();
    }

    /** Threads that run finds until {@code stop}; each failure records its start time in nanoseconds. */
    private static List<Thread> startLoad(MongoClient client, int threads, AtomicBoolean stop, List<long[]> failedStarts) {
        List<Thread> started = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                MongoCollection<Document> collection = client.getDatabase("lb").getCollection("c");
                while (!stop.get() && System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    try {
                        collection.find().first();
                    } catch (RuntimeException e) {
                        failedStarts.add(new long[] {start});
                    }
                }
            }, "lb-load-" + t);
            thread.start();
            started.add(thread);
        }
        return started;
    }

    private static List<Throwable> runLoad(MongoClient client, int threads, Duration duration, AtomicBoolean stop)
            throws InterruptedException {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<long[]> failedStarts = new CopyOnWriteArrayList<>();
        List<Thread> load = startLoad(client, threads, stop, failedStarts);
        Thread.sleep(duration.toMillis());
        stop.set(true);
        for (Thread thread : load) {
            thread.join(10_000);
        }
        failedStarts.forEach(f -> failures.add(new AssertionError("a find failed")));
        return failures;
    }
}
