package io.connectmongodb.driver.internal.selection;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.TopologyDescription;
import java.util.List;
import java.util.Set;

/**
 * One pass of the server selection algorithm (steps 3 to 5 of the spec), without waiting: find
 * the suitable servers ignoring deprioritized ones (servers an earlier attempt of this operation
 * failed on), fall back to all servers when that leaves none, then keep the latency window.
 * Choosing one server from the window is left to the caller (see {@link OperationCountChooser}).
 */
public final class ServerSelection {
    private ServerSelection() {
    }

    /** The suitable servers (deprioritization applied), before the latency window. */
    public static List<ServerDescription> suitable(TopologyDescription topology, ServerSelector selector,
                                                   Set<ServerAddress> deprioritized) {
        if (!deprioritized.isEmpty()) {
            List<ServerDescription> preferred = selector.suitable(without(topology, deprioritized));
            if (!preferred.isEmpty()) {
                return preferred;
            }
        }
        return selector.suitable(topology);
    }

    /** The suitable servers within the latency window; empty when none is suitable. */
    public static List<ServerDescription> inLatencyWindow(TopologyDescription topology, ServerSelector selector,
                                                          Set<ServerAddress> deprioritized, long localThresholdMS) {
        return LatencyWindow.filter(suitable(topology, selector, deprioritized), localThresholdMS);
    }

    private static TopologyDescription without(TopologyDescription topology, Set<ServerAddress> excluded) {
        List<ServerDescription> kept = topology.servers().values().stream()
                .filter(s -> !excluded.contains(s.address())).toList();
        return new TopologyDescription(topology.type(), topology.setName(), topology.maxSetVersion(),
                topology.maxElectionId(), kept, topology.compatibilityError(), topology.logicalSessionTimeoutMinutes());
    }
}
