package io.connectmongodb.driver.internal.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.CircuitBreakerSettings;
import io.connectmongodb.driver.balancing.CircuitBreakerState;
import io.connectmongodb.driver.balancing.ClusterStatistics;
import io.connectmongodb.driver.balancing.LoadBalancingSettings;
import io.connectmongodb.driver.balancing.LoadBalancingStrategyType;
import io.connectmongodb.driver.balancing.ServerStatistics;
import io.connectmongodb.driver.balancing.ServerStatus;
import io.connectmongodb.driver.error.MongoCircuitOpenException;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.event.CircuitBreakerListener;
import io.connectmongodb.driver.internal.pool.FakeNanoClock;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.junit.jupiter.api.Test;

class LoadBalancerTest {
    private static final ServerAddress A = ServerAddress.of("127.0.0.1", 27017);
    private static final ServerAddress B = ServerAddress.of("127.0.0.1", 27018);
    private static final MongoSocketException NETWORK_ERROR = new MongoSocketException("connection reset", A);

    private final FakeNanoClock clock = new FakeNanoClock();
    private final Random random = new Random(7);

    private LoadBalancer balancer(LoadBalancingSettings.Builder settings) {
        return new LoadBalancer(settings.jmxEnabled(false).build(), new CircuitBreakerListener() { }, clock, () -> random);
    }

    private static LoadBalancingSettings.Builder twoFailuresOpen() {
        return LoadBalancingSettings.builder().circuitBreaker(CircuitBreakerSettings.builder().failureThreshold(2)
                .minimumCalls(5).slidingWindowSize(10).recoveryTimeout(Duration.ofSeconds(10)).halfOpenMaxCalls(1).build());
    }

    private static void fail(LoadBalancer balancer, ServerAddress address, int times) {
        for (int i = 0; i < times; i++) {
            ServerOperation operation = balancer.select(List.of(address));
            operation.failed(NETWORK_ERROR);
        }
    }

    @Test
    void operationsInProgressSteerLeastConnections() {
        LoadBalancer balancer = balancer(LoadBalancingSettings.builder());
        ServerOperation first = balancer.select(List.of(A, B));
        ServerOperation second = balancer.select(List.of(A, B));
        assertTrue(!first.address().equals(second.address()), "the second goes to the idle server");
        first.succeeded();
        ServerOperation third = balancer.select(List.of(A, B));
        assertEquals(first.address(), third.address());
    }

    @Test
    void workRacingWithARemovalDoesNotBringTheServerBack() {
        LoadBalancer balancer = balancer(LoadBalancingSettings.builder().strategy(LoadBalancingStrategyType.ROUND_ROBIN));
        balancer.select(List.of(A, B)).succeeded();
        balancer.removeServer(A);
        // a selection computed from the topology before the removal still names A
        for (int i = 0; i < 4; i++) {
            balancer.select(List.of(A, B)).succeeded();
        }
        balancer.updateTags(A, Map.of("region", "late"));
        assertEquals(List.of(B), balancer.statistics().servers().stream().map(ServerStatistics::address).toList());
        balancer.addServer(A);
        balancer.select(List.of(A)).succeeded();
        assertEquals(2, balancer.statistics().servers().size(), "a readmitted server is tracked again");
    }

    @Test
    void openBreakersAreSkipped() {
        LoadBalancer balancer = balancer(twoFailuresOpen());
        fail(balancer, A, 2);
        assertEquals(CircuitBreakerState.OPEN, balancer.breaker(A).state());
        for (int i = 0; i < 100; i++) {
            ServerOperation operation = balancer.select(List.of(A, B));
            assertEquals(B, operation.address());
            operation.succeeded();
        }
    }

    @Test
    void failsFastWhenEveryBreakerExcludesItsServer() {
        LoadBalancer balancer = balancer(twoFailuresOpen());
        fail(balancer, A, 2);
        fail(balancer, B, 2);
        MongoCircuitOpenException e = assertThrows(MongoCircuitOpenException.class, () -> balancer.select(List.of(A, B)));
        assertEquals(Map.of("127.0.0.1:27017", "OPEN", "127.0.0.1:27018", "OPEN"), e.breakerStates());
        assertTrue(e.getMessage().contains("127.0.0.1:27017=OPEN"), e.getMessage());
    }

    @Test
    void aSingleSuitableServerStillGoesThroughTheStrategyAndItsBreaker() {
        LoadBalancer balancer = balancer(twoFailuresOpen().strategy(LoadBalancingStrategyType.ROUND_ROBIN));
        for (int i = 0; i < 3; i++) {
            balancer.select(List.of(A)).succeeded(); // the round-robin counter moves on as for any selection
        }
        assertEquals(B, balancer.select(List.of(A, B)).address(), "fourth selection: index 3 of 2 servers");
        fail(balancer, A, 2);
        MongoCircuitOpenException e = assertThrows(MongoCircuitOpenException.class, () -> balancer.select(List.of(A)));
        assertEquals(Map.of("127.0.0.1:27017", "OPEN"), e.breakerStates());
    }

    @Test
    void aHalfOpenServerWithoutAFreeProbeSlotIsExcludedToo() {
        LoadBalancer balancer = balancer(twoFailuresOpen());
        fail(balancer, A, 2);
        clock.advance(Duration.ofSeconds(10));
        ServerOperation probe = balancer.select(List.of(A));
        MongoCircuitOpenException e = assertThrows(MongoCircuitOpenException.class, () -> balancer.select(List.of(A)));
        assertEquals("HALF_OPEN (no free probe slot)", e.breakerStates().get("127.0.0.1:27017"));
        probe.succeeded();
        assertEquals(CircuitBreakerState.CLOSED, balancer.breaker(A).state());
        balancer.select(List.of(A)).succeeded();
    }

    @Test
    void commandErrorsDoNotCountAgainstTheServer() {
        LoadBalancer balancer = balancer(twoFailuresOpen());
        for (int i = 0; i < 5; i++) {
            balancer.select(List.of(A)).failed(new MongoCommandException(new BsonDocument("ok", new BsonInt32(0))
                    .append("code", new BsonInt32(11000)), A));
        }
        assertEquals(CircuitBreakerState.CLOSED, balancer.breaker(A).state());
        assertEquals(0, balancer.serverStatistics(A).totalFailures());
    }

    @Test
    void strategyCanBeSwitchedAtRunTime() {
        LoadBalancer balancer = balancer(LoadBalancingSettings.builder());
        assertEquals(LoadBalancingStrategyType.LEAST_CONNECTIONS, balancer.strategy());
        balancer.setStrategy(LoadBalancingStrategyType.ROUND_ROBIN);
        assertEquals(LoadBalancingStrategyType.ROUND_ROBIN, balancer.strategy());
        ServerOperation first = balancer.select(List.of(A, B));
        first.succeeded();
        ServerOperation second = balancer.select(List.of(A, B));
        second.succeeded();
        assertEquals(A, first.address());
        assertEquals(B, second.address());
    }

    @Test
    void tagsAndWeightsReachTheStrategies() {
        LoadBalancer balancer = balancer(LoadBalancingSettings.builder().strategy(LoadBalancingStrategyType.TAG_AWARE)
                .preferredTags(Map.of("region", "eu")).weights(Map.of(A, 3)));
        balancer.updateTags(B, Map.of("region", "eu"));
        ServerOperation operation = balancer.select(List.of(A, B));
        assertEquals(B, operation.address());
        operation.abandoned();
        balancer.setStrategy(LoadBalancingStrategyType.WEIGHTED);
        int onA = 0;
        for (int i = 0; i < 4; i++) {
            ServerOperation op = balancer.select(List.of(A, B));
            onA += op.address().equals(A) ? 1 : 0;
            op.succeeded();
        }
        assertEquals(3, onA);
    }

    @Test
    void statisticsReportStatusLatencyRatesAndTotals() {
        LoadBalancer balancer = balancer(twoFailuresOpen());
        balancer.reportConnectionsOf(A, () -> 4);
        for (int i = 0; i < 10; i++) {
            ServerOperation operation = balancer.select(List.of(A));
            clock.advance(Duration.ofMillis(2));
            operation.succeeded();
        }
        ServerStatistics a = balancer.serverStatistics(A);
        assertEquals(ServerStatus.HEALTHY, a.status());
        assertEquals(2_000, a.averageResponseMicros());
        assertEquals(10, a.totalRequests());
        assertEquals(4, a.connectionCount());
        assertEquals(10.0, a.requestsPerSecond(), 1e-9, "10 requests within the first second");

        balancer.select(List.of(A)).failed(NETWORK_ERROR); // 1 of 10 in the window: error rate 0.1
        balancer.select(List.of(A)).succeeded();
        for (int i = 0; i < 3; i++) {
            balancer.select(List.of(A)).failed(NETWORK_ERROR);
            balancer.select(List.of(A)).succeeded();
        }
        assertEquals(ServerStatus.DEGRADED, balancer.serverStatistics(A).status(), "error rate 0.4 >= half of 0.5");
        fail(balancer, B, 2);
        ClusterStatistics cluster = balancer.statistics();
        assertEquals(ServerStatus.FAILED, cluster.servers().get(1).status());
        assertEquals(1, cluster.openCircuits());
        assertEquals(10 + 8 + 2, cluster.totalRequests());
        assertEquals(4 + 2, cluster.totalFailures());
        assertEquals(0, cluster.operationsInProgress());
        assertEquals(LoadBalancingStrategyType.LEAST_CONNECTIONS, cluster.strategy());
    }

    @Test
    void requestRateLooksAtTheLastTenSeconds() {
        LoadBalancer balancer = balancer(LoadBalancingSettings.builder());
        for (int i = 0; i < 30; i++) {
            balancer.select(List.of(A)).succeeded();
        }
        clock.advance(Duration.ofSeconds(5));
        assertEquals(5.0, balancer.serverStatistics(A).requestsPerSecond(), 1e-9, "30 over 6 seconds so far");
        clock.advance(Duration.ofSeconds(20));
        assertEquals(0.0, balancer.serverStatistics(A).requestsPerSecond(), 1e-9);
    }

    @Test
    void emptyInputIsRejected() {
        LoadBalancer balancer = balancer(LoadBalancingSettings.builder());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> balancer.select(List.of()));
        assertTrue(e.getMessage().contains("no suitable servers"));
    }

    @Test
    void mbeansAreRegisteredAndTheStrategyCanBeSwitchedThroughJmx() throws Exception {
        LoadBalancer balancer = new LoadBalancer(LoadBalancingSettings.defaults(), new CircuitBreakerListener() { },
                clock, () -> random);
        balancer.select(List.of(A)).succeeded();
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName cluster = server.queryNames(new ObjectName("io.connectmongodb:type=Cluster,*"), null).stream()
                .filter(name -> {
                    try {
                        return server.getAttribute(name, "TotalRequests").equals(1L);
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst().orElseThrow();
        server.setAttribute(cluster, new javax.management.Attribute("Strategy", "ROUND_ROBIN"));
        assertEquals(LoadBalancingStrategyType.ROUND_ROBIN, balancer.strategy());
        String balancerNumber = cluster.getKeyProperty("balancer");
        ObjectName serverName = new ObjectName("io.connectmongodb:type=Server,address=\"127.0.0.1:27017\",balancer=" + balancerNumber);
        assertEquals("HEALTHY", server.getAttribute(serverName, "Status"));
        balancer.close();
        assertFalse(server.isRegistered(cluster));
        assertFalse(server.isRegistered(serverName));
    }
}
