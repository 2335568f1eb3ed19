package io.connectmongodb.driver.internal.selection;

import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Servers suitable for a read with a {@link ReadPreference}, per the server selection spec.
 *
 * <p>Single and LoadBalanced: the available server, whatever the preference. Sharded: every mongos
 * (the preference is passed on to it). Unknown: none. Replica sets: {@code primary} takes the
 * primary; {@code secondary} takes secondaries, then drops those too stale, then applies the tag
 * sets; {@code nearest} does the same with the primary included; {@code secondaryPreferred} falls
 * back to the primary when no secondary qualifies; {@code primaryPreferred} takes the primary when
 * known, else behaves as {@code secondary}. A maxStalenessSeconds below the allowed minimum fails
 * for replica sets only.
 */
public final class ReadPreferenceSelector implements ServerSelector {
    private final ReadPreference readPreference;
    private final long heartbeatFrequencyMS;

    public ReadPreferenceSelector(ReadPreference readPreference, long heartbeatFrequencyMS) {
        this.readPreference = Objects.requireNonNull(readPreference, "readPreference");
        this.heartbeatFrequencyMS = heartbeatFrequencyMS;
    }

    public ReadPreference readPreference() {
        return readPreference;
    }

    /** @throws IllegalArgumentException for a replica set when maxStalenessSeconds is too small */
    @Override
    public List<ServerDescription> suitable(TopologyDescription topology) {
        return switch (topology.type()) {
            case SINGLE, LOAD_BALANCED -> AvailableServers.of(topology);
            case SHARDED -> topology.serversOfType(ServerType.MONGOS);
            case UNKNOWN -> List.of();
            case REPLICA_SET_WITH_PRIMARY, REPLICA_SET_NO_PRIMARY -> fromReplicaSet(topology);
        };
    }

    private List<ServerDescription> fromReplicaSet(TopologyDescription topology) {
        Long maxStaleness = readPreference.maxStalenessSeconds();
        if (maxStaleness != null) {
            StalenessFilter.validate(maxStaleness, heartbeatFrequencyMS);
        }
        List<ServerDescription> primaries = topology.serversOfType(ServerType.RS_PRIMARY);
        return switch (readPreference.mode()) {
            case PRIMARY -> primaries;
            case PRIMARY_PREFERRED -> primaries.isEmpty() ? secondaries(topology, false) : primaries;
            case SECONDARY -> secondaries(topology, false);
            case SECONDARY_PREFERRED -> {
                List<ServerDescription> secondaries = secondaries(topology, false);
                yield secondaries.isEmpty() ? primaries : secondaries;
            }
            case NEAREST -> secondaries(topology, true);
        };
    }

    private List<ServerDescription> secondaries(TopologyDescription topology, boolean includePrimary) {
        List<ServerDescription> candidates = new ArrayList<>();
        for (ServerDescription server : topology.servers().values()) {
            if (server.type() == ServerType.RS_SECONDARY || includePrimary && server.type() == ServerType.RS_PRIMARY) {
                candidates.add(server);
            }
        }
        Long maxStaleness = readPreference.maxStalenessSeconds();
        if (maxStaleness != null) {
            candidates = StalenessFilter.filter(topology, candidates, maxStaleness, heartbeatFrequencyMS);
        }
        return TagSetFilter.filter(candidates, readPreference.tagSets());
    }

    @Override
    public String describe() {
        return "a server matching " + readPreference;
    }

    @Override
    public String toString() {
        return describe();
    }
}
