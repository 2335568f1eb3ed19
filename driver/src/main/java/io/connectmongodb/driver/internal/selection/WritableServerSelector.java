package io.connectmongodb.driver.internal.selection;

import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyDescription;
import java.util.List;

/**
 * Servers that accept writes: the one available server of a Single or LoadBalanced topology, every
 * mongos of a sharded cluster, the primary of a replica set; none while the topology is Unknown.
 */
public final class WritableServerSelector implements ServerSelector {
    public static final WritableServerSelector INSTANCE = new WritableServerSelector();

    private WritableServerSelector() {
    }

    @Override
    public List<ServerDescription> suitable(TopologyDescription topology) {
        return switch (topology.type()) {
            case SINGLE, LOAD_BALANCED -> AvailableServers.of(topology);
            case SHARDED -> topology.serversOfType(ServerType.MONGOS);
            case REPLICA_SET_WITH_PRIMARY -> topology.serversOfType(ServerType.RS_PRIMARY);
            case REPLICA_SET_NO_PRIMARY, UNKNOWN -> List.of();
        };
    }

    @Override
    public String describe() {
        return "a writable server";
    }

    @Override
    public String toString() {
        return describe();
    }
}
