package io.connectmongodb.driver.internal.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.cluster.TopologyType;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectionTest {
    private static final ServerAddress A = ServerAddress.of("a");
    private static final ServerAddress B = ServerAddress.of("b");
    private static final ServerAddress C = ServerAddress.of("c");

    private static ServerDescription server(ServerAddress address, ServerType type, double rtt, Map<String, String> tags) {
        return ServerDescription.builder(address).type(type).roundTripTimeMillis(rtt).tags(tags).maxWireVersion(21).build();
    }

    private static TopologyDescription replicaSet(ServerDescription... servers) {
        return new TopologyDescription(TopologyType.REPLICA_SET_WITH_PRIMARY, "rs", null, null, List.of(servers), null, null);
    }

    @Test
    void maxStalenessBelowHeartbeatPlusIdleWritePeriodIsRejected() {
        TopologyDescription topology = replicaSet(server(A, ServerType.RS_PRIMARY, 1, Map.of()));
        ReadPreference ninety = ReadPreference.of(ReadPreference.Mode.SECONDARY, List.of(), 90L);
        assertEquals(List.of(), new ReadPreferenceSelector(ninety, 10_000).suitable(topology));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReadPreferenceSelector(ninety, 85_000).suitable(topology));
        assertTrue(e.getMessage().contains("at least 95"), e.getMessage());
    }

    @Test
    void tagSetsAreTriedInOrderAndSecondaryPreferredFallsBackToThePrimary() {
        TopologyDescription topology = replicaSet(server(A, ServerType.RS_PRIMARY, 1, Map.of("dc", "ny")),
                server(B, ServerType.RS_SECONDARY, 1, Map.of("dc", "sf")), server(C, ServerType.RS_SECONDARY, 1, Map.of("dc", "la")));
        ReadPreference la = ReadPreference.of(ReadPreference.Mode.SECONDARY_PREFERRED, List.of(Map.of("dc", "tokyo"), Map.of("dc", "la")), null);
        assertEquals(List.of(C), addresses(new ReadPreferenceSelector(la, 10_000).suitable(topology)));
        ReadPreference none = ReadPreference.of(ReadPreference.Mode.SECONDARY_PREFERRED, List.of(Map.of("dc", "tokyo")), null);
        assertEquals(List.of(A), addresses(new ReadPreferenceSelector(none, 10_000).suitable(topology)));
    }

    @Test
    void latencyWindowKeepsServersWithinTheThresholdOfTheFastest() {
        List<ServerDescription> servers = List.of(server(A, ServerType.MONGOS, 5, Map.of()),
                server(B, ServerType.MONGOS, 20, Map.of()), server(C, ServerType.MONGOS, 21, Map.of()));
        assertEquals(List.of(A, B), addresses(LatencyWindow.filter(servers, 15)));
    }

    @Test
    void deprioritizedServersAreAvoidedUnlessNothingElseIsSuitable() {
        TopologyDescription sharded = new TopologyDescription(TopologyType.SHARDED, null, null, null,
                List.of(server(A, ServerType.MONGOS, 1, Map.of()), server(B, ServerType.MONGOS, 1, Map.of())), null, null);
        assertEquals(List.of(B), addresses(ServerSelection.suitable(sharded, WritableServerSelector.INSTANCE, Set.of(A))));
        assertEquals(List.of(A, B), addresses(ServerSelection.suitable(sharded, WritableServerSelector.INSTANCE, Set.of(A, B))));
    }

    @Test
    void twoRandomChoicesNeverPickTheBusierOfTwo() {
        List<ServerDescription> two = List.of(server(A, ServerType.MONGOS, 1, Map.of()), server(B, ServerType.MONGOS, 1, Map.of()));
        Random random = new Random(7);
        for (int i = 0; i < 100; i++) {
            assertEquals(A, OperationCountChooser.choose(two, a -> a.equals(A) ? 0 : 5, random).address());
        }
        assertThrows(IllegalArgumentException.class, () -> OperationCountChooser.choose(List.of(), a -> 0, random));
    }

    private static List<ServerAddress> addresses(List<ServerDescription> servers) {
        return servers.stream().map(ServerDescription::address).toList();
    }
}
