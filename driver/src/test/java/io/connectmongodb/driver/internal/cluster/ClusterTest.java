package io.connectmongodb.driver.internal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.CircuitBreakerSettings;
import io.connectmongodb.driver.balancing.CircuitBreakerState;
import io.connectmongodb.driver.balancing.ClusterStatistics;
import io.connectmongodb.driver.balancing.LoadBalancingSettings;
import io.connectmongodb.driver.balancing.LoadBalancingStrategyType;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyType;
import io.connectmongodb.driver.error.MongoCircuitOpenException;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoPoolClosedException;
import io.connectmongodb.driver.error.MongoServerSelectionTimeoutException;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.error.MongoSocketOpenException;
import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import io.connectmongodb.driver.event.ConnectionPoolClearedEvent;
import io.connectmongodb.driver.event.ConnectionPoolListener;
import io.connectmongodb.driver.internal.binding.OperationIntent;
import io.connectmongodb.driver.internal.binding.ServerLease;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.topology.TopologySettings;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cluster layer over scripted monitors and connections: selection, outcomes, SDAM errors, membership. */
class ClusterTest {
    private static final ServerAddress A = ServerAddress.of("127.0.0.1", 1001);
    private static final ServerAddress B = ServerAddress.of("127.0.0.1", 1002);
    private static final ServerAddress C = ServerAddress.of("127.0.0.1", 1003);
    private static final BsonDocument FIND = BsonDocument.parse("{find: 'c', $db: 'db'}");

    private final ScriptedServers servers = new ScriptedServers();
    private final List<ConnectionPoolClearedEvent> clears = new CopyOnWriteArrayList<>();
    private Cluster cluster;

    @AfterEach
    void close() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private Cluster start(List<ServerAddress> seeds, LoadBalancingSettings balancing, long selectionTimeoutMS) {
        TopologySettings topology = TopologySettings.of(seeds).withServerSelectionTimeoutMS(selectionTimeoutMS);
        ConnectionPoolSettings pool = ConnectionPoolSettings.builder().maxPoolSize(5).maintenanceIntervalMS(-1)
                .waitQueueTimeoutMS(1_000).jmxEnabled(false).build();
        ConnectionPoolListener poolListener = new ConnectionPoolListener() {
            @Override
            public void poolCleared(ConnectionPoolClearedEvent event) {
                clears.add(event);
            }
        };
        ClusterListeners listeners = new ClusterListeners(List.of(), List.of(poolListener), List.of(), List.of(), List.of(), List.of());
        cluster = new Cluster(new ClusterSettings(topology, pool, balancing, listeners), servers, servers);
        cluster.start();
        return cluster;
    }

    private static LoadBalancingSettings strategy(LoadBalancingStrategyType type) {
        return LoadBalancingSettings.builder().strategy(type).jmxEnabled(false).build();
    }

    /** Runs one find on a leased server and reports the outcome, as the executor does. */
    private static BsonDocument run(Cluster cluster, OperationIntent intent, BsonDocument command) {
        ServerLease lease = cluster.lease(intent);
        try (Connection connection = lease.acquire()) {
            BsonDocument reply = connection.command(command);
            lease.succeeded();
            return reply;
        } catch (RuntimeException e) {
            lease.failed(e);
            throw e;
        }
    }

    @Test
    void operationsSpreadOverMongosesByTheStrategy() {
        start(List.of(A, B, C), strategy(LoadBalancingStrategyType.ROUND_ROBIN), 1_000);
        assertEquals(TopologyType.SHARDED, cluster.description().type());
        for (int i = 0; i < 30; i++) {
            run(cluster, OperationIntent.forRead(ReadPreference.primary()), FIND);
        }
        assertEquals(10, servers.sentTo(A));
        assertEquals(10, servers.sentTo(B));
        assertEquals(10, servers.sentTo(C));
        ClusterStatistics statistics = cluster.statistics();
        assertEquals(30, statistics.totalRequests());
        assertEquals(LoadBalancingStrategyType.ROUND_ROBIN, statistics.strategy());
        assertEquals(3, statistics.servers().size());
        assertEquals(1, statistics.servers().get(0).connectionCount(), "one pooled connection per server");
        assertEquals(3, cluster.poolStatistics().size());
        assertTrue(cluster.poolStatistics().stream().allMatch(s -> s.inUse() == 0));
    }

    @Test
    void strategyCanBeSwitchedAtRunTime() {
        start(List.of(A, B), strategy(LoadBalancingStrategyType.ROUND_ROBIN), 1_000);
        cluster.setStrategy(LoadBalancingStrategyType.WEIGHTED);
        assertEquals(LoadBalancingStrategyType.WEIGHTED, cluster.strategy());
        assertEquals(LoadBalancingStrategyType.WEIGHTED, cluster.statistics().strategy());
        assertThrows(IllegalArgumentException.class, () -> cluster.setStrategy(null));
    }

    @Test
    void readPreferenceGoesToMongosOnlyForNonPrimaryReads() {
        start(List.of(A), strategy(LoadBalancingStrategyType.ROUND_ROBIN), 1_000);
        run(cluster, OperationIntent.forRead(ReadPreference.secondaryPreferred()), FIND);
        run(cluster, OperationIntent.forRead(ReadPreference.primary()), FIND);
        run(cluster, OperationIntent.forWrite(), BsonDocument.parse("{insert: 'c', $db: 'db'}"));
        List<ScriptedServers.Sent> sent = servers.sent();
        assertEquals(BsonDocument.parse("{mode: 'secondaryPreferred'}"), sent.get(0).command().getDocument("$readPreference"));
        assertFalse(sent.get(1).command().containsKey("$readPreference"));
        assertFalse(sent.get(2).command().containsKey("$readPreference"));
        assertFalse(FIND.containsKey("$readPreference"), "the operation's own command is not modified");
    }

    @Test
    void notWritablePrimaryMarksTheServerUnknownAndRequestsACheck() {
        start(List.of(A, B), strategy(LoadBalancingStrategyType.ROUND_ROBIN), 1_000);
        servers.respond((address, command) -> {
            throw new MongoCommandException(BsonDocument.parse("{ok: 0, code: 10107, errmsg: 'not writable primary'}"), address);
        });
        MongoCommandException e = assertThrows(MongoCommandException.class,
                () -> run(cluster, OperationIntent.forWrite(), FIND));
        ServerAddress failed = e.serverAddress();
        assertEquals(ServerType.UNKNOWN, cluster.description().server(failed).type());
        assertTrue(servers.checkRequests(failed) > 0, "an immediate check was requested");
        assertTrue(clears.isEmpty(), "a state change error on a 4.2+ server does not clear the pool");
        assertEquals(CircuitBreakerState.CLOSED, cluster.statistics().servers().get(0).breakerState(),
                "a command error is an answer, not a server failure");
    }

    @Test
    void aNetworkErrorClearsThePoolAndMarksTheServerUnknown() {
        start(List.of(A), strategy(LoadBalancingStrategyType.ROUND_ROBIN), 1_000);
        servers.respond((address, command) -> {
            throw new MongoSocketException("scripted: connection reset", address);
        });
        assertThrows(MongoSocketException.class, () -> run(cluster, OperationIntent.forRead(ReadPreference.primary()), FIND));
        assertEquals(ServerType.UNKNOWN, cluster.description().server(A).type());
        assertEquals(1, clears.size());
        assertEquals(1, cluster.poolStatistics().get(0).generation());
        assertEquals(1, cluster.statistics().totalFailures());
    }

    @Test
    void breakersThatExcludeEverySuitableServerFailFast() {
        CircuitBreakerSettings breaker = CircuitBreakerSettings.builder().failureThreshold(1).build();
        start(List.of(A, B), LoadBalancingSettings.builder().strategy(LoadBalancingStrategyType.ROUND_ROBIN)
                .circuitBreaker(breaker).jmxEnabled(false).build(), 60_000);
        servers.failOpens(address -> new MongoSocketOpenException("scripted: refused", address, null));
        for (int i = 0; i < 2; i++) {
            assertThrows(MongoSocketOpenException.class, () -> run(cluster, OperationIntent.forRead(ReadPreference.primary()), FIND));
        }
        assertEquals(ServerType.MONGOS, cluster.description().server(A).type(), "connection-open errors do not mark servers Unknown");
        long started = System.nanoTime();
        MongoCircuitOpenException e = assertThrows(MongoCircuitOpenException.class,
                () -> cluster.lease(OperationIntent.forRead(ReadPreference.primary())));
        assertTrue(System.nanoTime() - started < 30_000_000_000L, "failed long before the 60 s selection timeout");
        assertTrue(e.getMessage().contains(A.toString()) && e.getMessage().contains(B.toString()), e.getMessage());
        assertEquals(2, cluster.statistics().openCircuits());
    }

    @Test
    void aServerReachedAgainAfterARestartIsProbedAtOnceDespiteItsOpenBreaker() {
        // found by the reliability suite ServerRestartIT: after a restart the breaker kept failing
        // every operation fast for its whole recovery timeout although the monitor saw the server back
        CircuitBreakerSettings breaker = CircuitBreakerSettings.builder().failureThreshold(1)
                .recoveryTimeout(java.time.Duration.ofMinutes(10)).build();
        start(List.of(A), LoadBalancingSettings.builder().strategy(LoadBalancingStrategyType.ROUND_ROBIN)
                .circuitBreaker(breaker).jmxEnabled(false).build(), 1_000);
        servers.respond((address, command) -> {
            throw new MongoSocketException("scripted: connection reset", address);
        });
        assertThrows(MongoSocketException.class, () -> run(cluster, OperationIntent.forRead(ReadPreference.primary()), FIND));
        assertEquals(ServerType.UNKNOWN, cluster.description().server(A).type());
        assertEquals(1, cluster.statistics().openCircuits());

        servers.respond((address, command) -> ScriptedServers.ok());
        servers.report(A); // the monitor reaches the restarted server
        run(cluster, OperationIntent.forRead(ReadPreference.primary()), FIND);
        assertEquals(0, cluster.statistics().openCircuits());
    }

    @Test
    void aBreakerOpenedWhileTheMonitorStillReachedTheServerWaitsOutItsTimeout() {
        CircuitBreakerSettings breaker = CircuitBreakerSettings.builder().failureThreshold(1)
                .recoveryTimeout(java.time.Duration.ofMinutes(10)).build();
        start(List.of(A), LoadBalancingSettings.builder().strategy(LoadBalancingStrategyType.ROUND_ROBIN)
                .circuitBreaker(breaker).jmxEnabled(false).build(), 1_000);
        servers.failOpens(address -> new MongoSocketOpenException("scripted: refused", address, null));
        assertThrows(MongoSocketOpenException.class, () -> run(cluster, OperationIntent.forRead(ReadPreference.primary()), FIND));
        servers.failOpens(address -> null);
        servers.report(A); // still reachable by the monitor: no Unknown-to-known transition
        assertThrows(MongoCircuitOpenException.class, () -> cluster.lease(OperationIntent.forRead(ReadPreference.primary())));
    }

    @Test
    void aServerWhoseBreakerIsOpenIsAvoidedWhileOthersAreSuitable() {
        CircuitBreakerSettings breaker = CircuitBreakerSettings.builder().failureThreshold(1).build();
        start(List.of(A, B), LoadBalancingSettings.builder().strategy(LoadBalancingStrategyType.ROUND_ROBIN)
                .circuitBreaker(breaker).jmxEnabled(false).build(), 1_000);
        servers.failOpens(address -> address.equals(A) ? new MongoSocketOpenException("scripted: refused", address, null) : null);
        for (int i = 0; i < 2; i++) {
            try {
                run(cluster, OperationIntent.forRead(ReadPreference.primary()), FIND);
            } catch (MongoSocketOpenException expected) {
                // A fails once and its breaker opens
            }
        }
        for (int i = 0; i < 10; i++) {
            run(cluster, OperationIntent.forRead(ReadPreference.primary()), FIND);
        }
        assertEquals(0, servers.sentTo(A));
        assertTrue(servers.sentTo(B) >= 10);
    }

    @Test
    void withoutASuitableServerSelectionTimesOutWithTheTopologyInTheMessage() {
        servers.type(A, ServerType.UNKNOWN);
        start(List.of(A), strategy(LoadBalancingStrategyType.ROUND_ROBIN), 100);
        MongoServerSelectionTimeoutException e = assertThrows(MongoServerSelectionTimeoutException.class,
                () -> cluster.lease(OperationIntent.forWrite()));
        assertTrue(e.getMessage().contains(A.toString()), e.getMessage());
    }

    @Test
    void serversCanBeAddedAndRemovedAtRunTime() {
        start(List.of(A, B), strategy(LoadBalancingStrategyType.ROUND_ROBIN), 1_000);
        cluster.addServer(C);
        assertEquals(ServerType.MONGOS, cluster.description().server(C).type());
        for (int i = 0; i < 9; i++) {
            run(cluster, OperationIntent.forRead(ReadPreference.primary()), FIND);
        }
        assertEquals(3, servers.sentTo(C));
        assertThrows(IllegalArgumentException.class, () -> cluster.addServer(C));

        // a connection in flight on A keeps A's pool open until it comes back
        ServerLease onA = leaseOn(A);
        Connection held = onA.acquire();
        cluster.removeServer(A);
        assertFalse(cluster.description().contains(A));
        assertEquals(3, cluster.poolStatistics().size(), "A's pool drains before it closes");
        held.command(FIND);
        held.close();
        onA.succeeded();
        assertEquals(List.of(B, C), cluster.poolStatistics().stream().map(s -> s.address()).toList());
        assertThrows(MongoPoolClosedException.class, onA::acquire, "a cursor on a removed server fails on its next batch");
        assertEquals(2, cluster.statistics().servers().size());
        for (int i = 0; i < 6; i++) {
            run(cluster, OperationIntent.forRead(ReadPreference.primary()), FIND);
        }
        assertThrows(IllegalArgumentException.class, () -> cluster.removeServer(A));
        cluster.removeServer(B);
        assertThrows(IllegalArgumentException.class, () -> cluster.removeServer(C), "the last server stays");
    }

    @Test
    void membershipOfASingleServerCannotChange() {
        servers.type(A, ServerType.STANDALONE);
        start(List.of(A), strategy(LoadBalancingStrategyType.ROUND_ROBIN), 1_000);
        assertEquals(TopologyType.SINGLE, cluster.description().type());
        assertThrows(MongoUnsupportedFeatureException.class, () -> cluster.addServer(B));
        run(cluster, OperationIntent.forRead(ReadPreference.secondary()), FIND);
        assertNull(servers.sent().get(0).command().get("$readPreference"), "a standalone never gets $readPreference");
    }

    @Test
    void aClosedClusterRefusesWork() {
        start(List.of(A), strategy(LoadBalancingStrategyType.ROUND_ROBIN), 1_000);
        run(cluster, OperationIntent.forWrite(), FIND);
        cluster.close();
        assertTrue(cluster.poolStatistics().isEmpty());
        assertThrows(IllegalStateException.class, () -> cluster.lease(OperationIntent.forWrite()));
    }

    private ServerLease leaseOn(ServerAddress address) {
        List<ServerLease> others = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                ServerLease lease = cluster.lease(OperationIntent.forWrite());
                if (lease.address().equals(address)) {
                    return lease;
                }
                others.add(lease);
            }
            throw new AssertionError("round robin never chose " + address);
        } finally {
            others.forEach(ServerLease::succeeded);
        }
    }
}
