package io.connectmongodb.driver.internal.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.cluster.TopologyType;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailableServersTest {
    private static final ServerAddress A = ServerAddress.of("a");
    private static final ServerAddress B = ServerAddress.of("b");
    private static final ServerAddress C = ServerAddress.of("c");

    private static ServerDescription server(ServerAddress address, ServerType type) {
        return ServerDescription.builder(address).type(type).maxWireVersion(21).build();
    }

    private static TopologyDescription topology(TopologyType type, ServerDescription... servers) {
        return new TopologyDescription(type, null, null, null, List.of(servers), null, null);
    }

    private static List<ServerAddress> addresses(List<ServerDescription> servers) {
        return servers.stream().map(ServerDescription::address).toList();
    }

    @Test
    void noneOneOrSeveralAvailableServersInDiscoveryOrder() {
        assertEquals(List.of(), AvailableServers.of(topology(TopologyType.SINGLE, server(A, ServerType.UNKNOWN))));
        assertEquals(List.of(A), addresses(AvailableServers.of(topology(TopologyType.SINGLE, server(A, ServerType.STANDALONE)))));
        assertEquals(List.of(A, C), addresses(AvailableServers.of(topology(TopologyType.LOAD_BALANCED,
                server(A, ServerType.LOAD_BALANCER), server(B, ServerType.UNKNOWN), server(C, ServerType.LOAD_BALANCER)))));
        assertEquals(List.of(B), addresses(AvailableServers.of(topology(TopologyType.LOAD_BALANCED,
                server(A, ServerType.UNKNOWN), server(B, ServerType.LOAD_BALANCER)))));
    }

    @Test
    void readsAndWritesOfASingleServerSelectTheSameAvailableServer() {
        TopologyDescription single = topology(TopologyType.SINGLE, server(A, ServerType.RS_SECONDARY));
        assertEquals(List.of(A), addresses(WritableServerSelector.INSTANCE.suitable(single)));
        assertEquals(List.of(A), addresses(new ReadPreferenceSelector(ReadPreference.primary(), 10_000).suitable(single)));
    }
}
