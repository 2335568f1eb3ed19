package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.cluster.TopologyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.types.ObjectId;

/**
 * A working copy of a {@link TopologyDescription} that one state machine step edits, recording the
 * servers it added and removed and the checks and pool clears it asked for. Not thread-safe; it
 * lives for one update only.
 */
final class MutableTopology {
    TopologyType type;
    String setName;
    Integer maxSetVersion;
    ObjectId maxElectionId;
    private final Map<ServerAddress, ServerDescription> servers;
    private final Set<ServerAddress> added = new LinkedHashSet<>();
    private final Set<ServerAddress> removed = new LinkedHashSet<>();
    private final Set<ServerAddress> checkRequests = new LinkedHashSet<>();
    private final Set<ServerAddress> poolsToClear = new LinkedHashSet<>();
    private final TopologyDescription original;

    MutableTopology(TopologyDescription original) {
        this.original = original;
        this.type = original.type();
        this.setName = original.setName();
        this.maxSetVersion = original.maxSetVersion();
        this.maxElectionId = original.maxElectionId();
        this.servers = new LinkedHashMap<>(original.servers());
    }

    boolean contains(ServerAddress address) {
        return servers.containsKey(address);
    }

    ServerDescription get(ServerAddress address) {
        return servers.get(address);
    }

    List<ServerDescription> servers() {
        return new ArrayList<>(servers.values());
    }

    void replace(ServerDescription description) {
        servers.put(description.address(), description);
    }

    void addUnknown(ServerAddress address) {
        if (!servers.containsKey(address)) {
            servers.put(address, ServerDescription.unknown(address, null));
            if (!removed.remove(address)) {
                added.add(address);
            }
        }
    }

    void remove(ServerAddress address) {
        if (servers.remove(address) != null) {
            if (!added.remove(address)) {
                removed.add(address);
            }
        }
    }

    void requestCheck(ServerAddress address) {
        checkRequests.add(address);
    }

    void clearPool(ServerAddress address) {
        poolsToClear.add(address);
    }

    /** checkIfHasPrimary: ReplicaSetWithPrimary when an RSPrimary is present, else ReplicaSetNoPrimary. */
    void checkIfHasPrimary() {
        boolean hasPrimary = servers.values().stream().anyMatch(s -> s.type() == ServerType.RS_PRIMARY);
        type = hasPrimary ? TopologyType.REPLICA_SET_WITH_PRIMARY : TopologyType.REPLICA_SET_NO_PRIMARY;
    }

    TopologyUpdate toUpdate() {
        List<ServerDescription> list = new ArrayList<>(servers.values());
        TopologyDescription description = new TopologyDescription(type, setName, maxSetVersion, maxElectionId, list,
                WireCompatibility.check(list), SessionTimeout.of(list));
        return new TopologyUpdate(original, description, new ArrayList<>(added), new ArrayList<>(removed),
                new ArrayList<>(checkRequests), new ArrayList<>(poolsToClear));
    }
}
