package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.cluster.TopologyType;
import io.connectmongodb.driver.cluster.TopologyVersion;
import io.connectmongodb.driver.error.MongoClientException;
import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SDAM state machine as a pure function: given the current {@link TopologyDescription} and a
 * new {@link ServerDescription} (from a check or an application error), returns the next
 * description and the side effects to carry out. It does no I/O and holds no state besides the
 * settings, so the spec tests drive it directly.
 *
 * <p>Steps: (1) ignore descriptions of servers no longer in the topology, and those whose
 * topologyVersion is older than the current one; (2) in Single, replace the server (as Unknown when
 * the required set name does not match); in LoadBalanced, ignore checks; (3) otherwise replace the
 * server and apply the spec's table of (TopologyType x ServerType) actions, the replica set cases
 * delegated to {@link ReplicaSetRules}; (4) recompute wire compatibility and the session timeout.
 */
public final class TopologyStateMachine {
    private final TopologySettings settings;

    public TopologyStateMachine(TopologySettings settings) {
        this.settings = settings;
    }

    /** The description before any check: every seed Unknown (LoadBalancer for a load-balanced topology). */
    public TopologyDescription initialDescription() {
        TopologyType type = settings.initialType();
        List<ServerDescription> servers = new ArrayList<>();
        for (ServerAddress seed : settings.seeds()) {
            servers.add(type == TopologyType.LOAD_BALANCED
                    ? ServerDescription.builder(seed).type(ServerType.LOAD_BALANCER).build()
                    : ServerDescription.unknown(seed, null));
        }
        String setName = type == TopologyType.REPLICA_SET_NO_PRIMARY || type == TopologyType.SINGLE
                ? settings.requiredSetName() : null;
        return new TopologyDescription(type, setName, null, null, servers, WireCompatibility.check(servers),
                SessionTimeout.of(servers));
    }

    public TopologySettings settings() {
        return settings;
    }

    /**
     * Adds a seed at run time, as Unknown (its monitor then discovers it). Only topologies whose
     * membership the client decides may grow this way: Unknown and Sharded. A replica set's members
     * come from its own configuration, and Single / LoadBalanced have exactly one server.
     *
     * @throws MongoUnsupportedFeatureException for other topology types
     * @throws IllegalArgumentException when the server is already part of the topology
     */
    public TopologyUpdate addSeed(TopologyDescription current, ServerAddress address) {
        requireClientManagedMembership(current, "add");
        if (current.contains(address)) {
            throw new IllegalArgumentException(address + " is already part of the topology");
        }
        MutableTopology topology = new MutableTopology(current);
        topology.addUnknown(address);
        return topology.toUpdate();
    }

    /**
     * Removes a server at run time (same topology types as {@link #addSeed}); the last server
     * cannot be removed, since every operation would then wait for the selection timeout.
     *
     * @throws IllegalArgumentException when the server is not part of the topology, or is the last one
     */
    public TopologyUpdate removeSeed(TopologyDescription current, ServerAddress address) {
        requireClientManagedMembership(current, "remove");
        if (!current.contains(address)) {
            throw new IllegalArgumentException(address + " is not part of the topology " + current.servers().keySet());
        }
        if (current.servers().size() == 1) {
            throw new IllegalArgumentException("cannot remove " + address + ", the last server of the topology");
        }
        MutableTopology topology = new MutableTopology(current);
        topology.remove(address);
        return topology.toUpdate();
    }

    private static void requireClientManagedMembership(TopologyDescription current, String action) {
        if (current.type() != TopologyType.UNKNOWN && current.type() != TopologyType.SHARDED) {
            throw new MongoUnsupportedFeatureException("servers can be added or removed at run time only in Sharded and "
                    + "Unknown topologies (a replica set's members come from its configuration; Single and LoadBalanced "
                    + "have exactly one server); cannot " + action + " a server in a " + current.type() + " topology");
        }
    }

    /** Applies one new server description; see the class comment for the rules. */
    public TopologyUpdate apply(TopologyDescription current, ServerDescription incoming) {
        ServerDescription previous = current.server(incoming.address());
        if (previous == null || current.type() == TopologyType.LOAD_BALANCED) {
            return TopologyUpdate.unchanged(current);
        }
        if (!TopologyVersion.isAtLeastAsRecent(incoming.topologyVersion(), previous.topologyVersion())) {
            return TopologyUpdate.unchanged(current);
        }
        MutableTopology topology = new MutableTopology(current);
        if (current.type() == TopologyType.SINGLE) {
            topology.replace(verifySingleSetName(incoming));
            return topology.toUpdate();
        }
        topology.replace(incoming);
        switch (current.type()) {
            case UNKNOWN -> fromUnknown(topology, incoming);
            case SHARDED -> fromSharded(topology, incoming);
            case REPLICA_SET_NO_PRIMARY -> fromReplicaSetNoPrimary(topology, incoming);
            case REPLICA_SET_WITH_PRIMARY -> fromReplicaSetWithPrimary(topology, incoming);
            default -> throw new IllegalStateException("unexpected topology type " + current.type());
        }
        return topology.toUpdate();
    }

    private ServerDescription verifySingleSetName(ServerDescription incoming) {
        String required = settings.requiredSetName();
        if (required == null || !incoming.isAvailable() || required.equals(incoming.setName())) {
            return incoming;
        }
        return ServerDescription.unknown(incoming.address(), new MongoClientException("server " + incoming.address()
                + " reports replica set name " + incoming.setName() + " but replicaSet=" + required + " was required"));
    }

    private void fromUnknown(MutableTopology topology, ServerDescription incoming) {
        switch (incoming.type()) {
            case STANDALONE -> {
                if (settings.seeds().size() == 1) {
                    topology.type = TopologyType.SINGLE;
                } else {
                    topology.remove(incoming.address());
                }
            }
            case MONGOS -> topology.type = TopologyType.SHARDED;
            case RS_PRIMARY -> {
                topology.type = TopologyType.REPLICA_SET_WITH_PRIMARY;
                ReplicaSetRules.updateFromPrimary(topology, incoming);
            }
            case RS_SECONDARY, RS_ARBITER, RS_OTHER -> {
                topology.type = TopologyType.REPLICA_SET_NO_PRIMARY;
                ReplicaSetRules.updateWithoutPrimary(topology, incoming);
            }
            default -> {
                // Unknown and RSGhost leave the topology type Unknown.
            }
        }
    }

    private void fromSharded(MutableTopology topology, ServerDescription incoming) {
        if (incoming.type() != ServerType.UNKNOWN && incoming.type() != ServerType.MONGOS) {
            topology.remove(incoming.address());
        }
    }

    private void fromReplicaSetNoPrimary(MutableTopology topology, ServerDescription incoming) {
        switch (incoming.type()) {
            case STANDALONE, MONGOS -> topology.remove(incoming.address());
            case RS_PRIMARY -> {
                topology.type = TopologyType.REPLICA_SET_WITH_PRIMARY;
                ReplicaSetRules.updateFromPrimary(topology, incoming);
            }
            case RS_SECONDARY, RS_ARBITER, RS_OTHER -> ReplicaSetRules.updateWithoutPrimary(topology, incoming);
            default -> {
                // Unknown and RSGhost are kept; nothing else changes.
            }
        }
    }

    private void fromReplicaSetWithPrimary(MutableTopology topology, ServerDescription incoming) {
        switch (incoming.type()) {
            case STANDALONE, MONGOS -> {
                topology.remove(incoming.address());
                topology.checkIfHasPrimary();
            }
            case RS_PRIMARY -> ReplicaSetRules.updateFromPrimary(topology, incoming);
            case RS_SECONDARY, RS_ARBITER, RS_OTHER -> ReplicaSetRules.updateWithPrimaryFromMember(topology, incoming);
            default -> topology.checkIfHasPrimary();
        }
    }
}
