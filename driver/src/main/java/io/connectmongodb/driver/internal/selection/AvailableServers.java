package io.connectmongodb.driver.internal.selection;

import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.TopologyDescription;
import java.util.ArrayList;
import java.util.List;

/**
 * The available servers of a topology (Single and LoadBalanced selection), in discovery order, for
 * callers that only read the list. Every read and write of a single-server deployment runs this, so it builds the
 * list lazily: none gives the shared empty list, one gives a one-element list, and only a second
 * available server makes it allocate a growable list.
 */
final class AvailableServers {
    private AvailableServers() {
    }

    static List<ServerDescription> of(TopologyDescription topology) {
        ServerDescription first = null;
        List<ServerDescription> several = null;
        for (ServerDescription server : topology.servers().values()) {
            if (!server.isAvailable()) {
                continue;
            }
            if (first == null) {
                first = server;
            } else {
                if (several == null) {
                    several = new ArrayList<>(topology.servers().size());
                    several.add(first);
                }
                several.add(server);
            }
        }
        if (several != null) {
            return several;
        }
        return first == null ? List.of() : List.of(first);
    }
}
