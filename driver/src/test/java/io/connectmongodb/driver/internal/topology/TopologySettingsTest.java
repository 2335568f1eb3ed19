package io.connectmongodb.driver.internal.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.TopologyType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopologySettingsTest {
    private static final List<ServerAddress> ONE = List.of(ServerAddress.of("a"));
    private static final List<ServerAddress> TWO = List.of(ServerAddress.of("a"), ServerAddress.of("b"));

    @Test
    void heartbeatFrequencyHasA500MillisecondFloor() {
        assertEquals(500, TopologySettings.of(ONE).withHeartbeatFrequencyMS(500).heartbeatFrequencyMS());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TopologySettings.of(ONE).withHeartbeatFrequencyMS(499));
        assertTrue(e.getMessage().contains("heartbeatFrequencyMS"));
        assertEquals(10_000, TopologySettings.of(ONE).heartbeatFrequencyMS());
    }

    @Test
    void invalidCombinationsFailBeforeAnyIo() {
        assertThrows(IllegalArgumentException.class, () -> TopologySettings.of(TWO).withDirectConnection(true));
        assertThrows(IllegalArgumentException.class, () -> TopologySettings.of(ONE).withRequiredSetName("rs").withLoadBalanced(true));
        assertThrows(IllegalArgumentException.class, () -> TopologySettings.of(List.of()));
    }

    @Test
    void initialTypeFollowsTheSpecTable() {
        assertEquals(TopologyType.UNKNOWN, TopologySettings.of(TWO).initialType());
        assertEquals(TopologyType.REPLICA_SET_NO_PRIMARY, TopologySettings.of(TWO).withRequiredSetName("rs").initialType());
        assertEquals(TopologyType.SINGLE, TopologySettings.of(ONE).withRequiredSetName("rs").withDirectConnection(true).initialType());
        assertEquals(TopologyType.LOAD_BALANCED, TopologySettings.of(ONE).withLoadBalanced(true).initialType());
    }
}
