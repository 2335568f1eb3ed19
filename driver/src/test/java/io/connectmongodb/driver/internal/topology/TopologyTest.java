package io.connectmongodb.driver.internal.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.error.MongoClientException;
import io.connectmongodb.driver.error.MongoIncompatibleServerException;
import io.connectmongodb.driver.error.MongoServerSelectionTimeoutException;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.event.ServerClosedEvent;
import io.connectmongodb.driver.event.ServerDescriptionChangedEvent;
import io.connectmongodb.driver.event.ServerListener;
import io.connectmongodb.driver.event.ServerOpeningEvent;
import io.connectmongodb.driver.event.TopologyClosedEvent;
import io.connectmongodb.driver.event.TopologyDescriptionChangedEvent;
import io.connectmongodb.driver.event.TopologyListener;
import io.connectmongodb.driver.event.TopologyOpeningEvent;
import io.connectmongodb.driver.internal.selection.ReadPreferenceSelector;
import io.connectmongodb.driver.internal.selection.WritableServerSelector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class TopologyTest {
    private static final ServerAddress A = ServerAddress.of("a");
    private static final ServerAddress B = ServerAddress.of("b");

    private final List<Object> events = new ArrayList<>();
    private final Map<ServerAddress, Integer> checkRequests = new ConcurrentHashMap<>();
    private final Map<ServerAddress, Integer> generations = new HashMap<>();

    private final PoolClearer pools = new PoolClearer() {
        @Override
        public void clear(ServerAddress address, ObjectId serviceId, boolean interruptInUseConnections, Throwable cause) {
            generations.merge(address, 1, Integer::sum);
        }

        @Override
        public void markReady(ServerAddress address) {
            generations.putIfAbsent(address, 0);
        }

        @Override
        public int generation(ServerAddress address) {
            return generations.getOrDefault(address, 0);
        }
    };

    /** Counts requested checks; the test feeds check results itself. */
    private Monitor countingMonitor(ServerAddress address) {
        return new Monitor() {
            @Override
            public void start() {
                checkRequests.putIfAbsent(address, 0);
            }

            @Override
            public void requestCheck() {
                checkRequests.merge(address, 1, Integer::sum);
            }

            @Override
            public void cancelCheck() {
                events.add("cancel " + address);
            }

            @Override
            public void close() {
                events.add("monitor closed " + address);
            }
        };
    }

    private Topology topology(TopologySettings settings) {
        TopologyListener topologyListener = new TopologyListener() {
            @Override
            public void topologyOpening(TopologyOpeningEvent event) {
                events.add(event);
            }

            @Override
            public void topologyDescriptionChanged(TopologyDescriptionChangedEvent event) {
                events.add(event);
            }

            @Override
            public void topologyClosed(TopologyClosedEvent event) {
                events.add(event);
            }
        };
        ServerListener serverListener = new ServerListener() {
            @Override
            public void serverOpening(ServerOpeningEvent event) {
                events.add(event);
            }

            @Override
            public void serverDescriptionChanged(ServerDescriptionChangedEvent event) {
                events.add(event);
            }

            @Override
            public void serverClosed(ServerClosedEvent event) {
                events.add(event);
            }
        };
        return new Topology(settings, (address, handler) -> countingMonitor(address), pools,
                List.of(topologyListener), List.of(serverListener));
    }

    @Test
    void selectionTimeoutSaysWhatWasWantedAndWhatTheTopologyLookedLike() {
        try (Topology topology = topology(TopologySettings.of(List.of(A, B)).withRequiredSetName("rs").withServerSelectionTimeoutMS(0))) {
            topology.start();
            topology.checkFailed(A, new MongoSocketException("connection refused", A));
            MongoServerSelectionTimeoutException e = assertThrows(MongoServerSelectionTimeoutException.class,
                    () -> topology.selectServers(new ReadPreferenceSelector(ReadPreference.secondary(), 10_000), Set.of()));
            String message = e.getMessage();
            assertTrue(message.contains("ReadPreference{secondary}"), message);
            assertTrue(message.contains("ReplicaSetNoPrimary"), message);
            assertTrue(message.contains("a:27017 is Unknown (error: MongoSocketException: connection refused)"), message);
            assertTrue(message.contains("b:27017 is Unknown"), message);
            MongoServerSelectionTimeoutException write = assertThrows(MongoServerSelectionTimeoutException.class,
                    () -> topology.selectServers(WritableServerSelector.INSTANCE, Set.of()));
            assertTrue(write.getMessage().contains("a writable server"), write.getMessage());
        }
    }

    @Test
    void waitingSelectionRequestsImmediateChecksAndReturnsOnceAServerAppears() throws Exception {
        try (Topology topology = topology(TopologySettings.of(List.of(A)).withRequiredSetName("rs").withServerSelectionTimeoutMS(5_000))) {
            topology.start();
            Thread feeder = new Thread(() -> {
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (checkRequests.getOrDefault(A, 0) == 0 && System.nanoTime() < deadline) {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                topology.checkSucceeded(ServerDescription.builder(A).type(ServerType.RS_PRIMARY).setName("rs")
                        .hosts(Set.of(A)).maxWireVersion(21).roundTripTimeMillis(1.0).build());
            });
            feeder.start();
            List<ServerDescription> selected = topology.selectServers(WritableServerSelector.INSTANCE, Set.of());
            feeder.join(5_000);
            assertEquals(A, selected.get(0).address());
        }
    }

    @Test
    void aSteadyTopologySelectsWithoutCheckingAndAClosedOneRefusesSelection() {
        Topology topology = topology(TopologySettings.of(List.of(A)).withDirectConnection(true));
        topology.start();
        topology.checkSucceeded(ServerDescription.builder(A).type(ServerType.STANDALONE).maxWireVersion(21).build());
        for (int i = 0; i < 3; i++) {
            assertEquals(A, topology.selectServers(WritableServerSelector.INSTANCE, Set.of()).get(0).address());
        }
        assertEquals(0, checkRequests.getOrDefault(A, 0), "a suitable server was there: no check requested");
        topology.close();
        MongoClientException e = assertThrows(MongoClientException.class,
                () -> topology.selectServers(WritableServerSelector.INSTANCE, Set.of()));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void incompatibleServerFailsSelectionImmediately() {
        try (Topology topology = topology(TopologySettings.of(List.of(A)).withDirectConnection(true))) {
            topology.start();
            topology.checkSucceeded(ServerDescription.builder(A).type(ServerType.STANDALONE).maxWireVersion(3).build());
            assertThrows(MongoIncompatibleServerException.class,
                    () -> topology.selectServers(WritableServerSelector.INSTANCE, Set.of()));
        }
    }

    @Test
    void eventsComeInSpecOrderAndEqualDescriptionsAreSuppressed() {
        Topology topology = topology(TopologySettings.of(List.of(A)).withDirectConnection(true));
        topology.start();
        ServerDescription standalone = ServerDescription.builder(A).type(ServerType.STANDALONE).maxWireVersion(21).build();
        topology.checkSucceeded(standalone);
        topology.checkSucceeded(standalone.toBuilder().roundTripTimeMillis(9.0).build());
        topology.close();
        assertInstanceOf(TopologyOpeningEvent.class, events.get(0));
        assertInstanceOf(TopologyDescriptionChangedEvent.class, events.get(1));
        assertInstanceOf(ServerOpeningEvent.class, events.get(2));
        assertInstanceOf(ServerDescriptionChangedEvent.class, events.get(3));
        assertInstanceOf(TopologyDescriptionChangedEvent.class, events.get(4));
        assertEquals("monitor closed a:27017", events.get(5), "an RTT-only change publishes nothing");
        assertInstanceOf(ServerClosedEvent.class, events.get(6));
        assertInstanceOf(TopologyDescriptionChangedEvent.class, events.get(7));
        assertInstanceOf(TopologyClosedEvent.class, events.get(8));
        assertEquals(9, events.size());
    }

    @Test
    void applicationNetworkErrorClearsThePoolAndCancelsTheCheck() {
        try (Topology topology = topology(TopologySettings.of(List.of(A)).withRequiredSetName("rs"))) {
            topology.start();
            topology.checkSucceeded(ServerDescription.builder(A).type(ServerType.RS_PRIMARY).setName("rs")
                    .hosts(Set.of(A)).maxWireVersion(21).build());
            topology.handleApplicationError(new ApplicationError(A, new MongoSocketException("reset", A), 0, 21, true, null));
            assertEquals(1, generations.get(A));
            assertEquals(ServerType.UNKNOWN, topology.description().server(A).type());
            assertTrue(events.contains("cancel a:27017"));
            topology.handleApplicationError(new ApplicationError(A, new MongoSocketException("reset", A), 0, 21, true, null));
            assertEquals(1, generations.get(A), "an error from the old generation is stale");
        }
    }
}
