package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyType;
import io.connectmongodb.driver.error.MongoClientException;
import java.util.Set;

/**
 * The SDAM spec's replica set subroutines: {@code updateRSFromPrimary},
 * {@code updateRSWithoutPrimary} and {@code updateRSWithPrimaryFromMember}. Each runs after the
 * server's new description has replaced the old one in the working copy.
 *
 * <p>A primary is accepted only when its (electionId, setVersion) is not older than the newest
 * seen ({@link PrimaryElectionOrder}); otherwise it is marked Unknown as a stale primary. An
 * accepted primary's member list is authoritative: unknown members are added, servers it does not
 * list are removed, and any other primary is marked Unknown (and, before 4.2, its pool cleared).
 * Secondaries may only add members, and point at the primary they believe in (PossiblePrimary).
 */
final class ReplicaSetRules {
    static final String STALE_PRIMARY = "primary marked stale due to electionId/setVersion mismatch";
    static final String NEWER_PRIMARY = "primary marked stale due to discovery of newer primary";
    /** Wire version of MongoDB 4.2: older primaries close their sockets when they step down. */
    private static final int WIRE_VERSION_4_2 = 8;

    private ReplicaSetRules() {
    }

    static void updateFromPrimary(MutableTopology topology, ServerDescription primary) {
        ServerAddress address = primary.address();
        if (!topology.contains(address)) {
            return;
        }
        if (topology.setName == null) {
            topology.setName = primary.setName();
        } else if (!topology.setName.equals(primary.setName())) {
            topology.remove(address);
            topology.checkIfHasPrimary();
            return;
        }
        String staleness = PrimaryElectionOrder.accept(topology, primary);
        if (staleness != null) {
            topology.replace(ServerDescription.unknown(address, new MongoClientException(STALE_PRIMARY + " (" + staleness + ")")));
            topology.checkIfHasPrimary();
            return;
        }
        for (ServerDescription other : topology.servers()) {
            if (!other.address().equals(address) && other.type() == ServerType.RS_PRIMARY) {
                topology.replace(ServerDescription.unknown(other.address(), new MongoClientException(NEWER_PRIMARY)));
                topology.requestCheck(other.address());
                if (other.maxWireVersion() < WIRE_VERSION_4_2) {
                    topology.clearPool(other.address());
                }
            }
        }
        Set<ServerAddress> members = primary.allMembers();
        for (ServerAddress member : members) {
            topology.addUnknown(member);
        }
        for (ServerDescription server : topology.servers()) {
            if (!members.contains(server.address())) {
                topology.remove(server.address());
            }
        }
        topology.checkIfHasPrimary();
    }

    static void updateWithoutPrimary(MutableTopology topology, ServerDescription member) {
        ServerAddress address = member.address();
        if (!topology.contains(address)) {
            return;
        }
        if (topology.setName == null) {
            topology.setName = member.setName();
        } else if (!topology.setName.equals(member.setName())) {
            topology.remove(address);
            return;
        }
        for (ServerAddress other : member.allMembers()) {
            topology.addUnknown(other);
        }
        markPossiblePrimary(topology, member.primary());
        if (member.me() != null && !address.equals(member.me())) {
            topology.remove(address);
        }
    }

    static void updateWithPrimaryFromMember(MutableTopology topology, ServerDescription member) {
        ServerAddress address = member.address();
        if (!topology.contains(address)) {
            return;
        }
        if (!member.setName().equals(topology.setName)
                || member.me() != null && !address.equals(member.me())) {
            topology.remove(address);
            topology.checkIfHasPrimary();
            return;
        }
        boolean hasPrimary = topology.servers().stream().anyMatch(s -> s.type() == ServerType.RS_PRIMARY);
        if (!hasPrimary) {
            topology.type = TopologyType.REPLICA_SET_NO_PRIMARY;
            markPossiblePrimary(topology, member.primary());
        }
    }

    private static void markPossiblePrimary(MutableTopology topology, ServerAddress possiblePrimary) {
        if (possiblePrimary == null) {
            return;
        }
        ServerDescription current = topology.get(possiblePrimary);
        if (current != null && current.type() == ServerType.UNKNOWN) {
            topology.replace(current.toBuilder().type(ServerType.POSSIBLE_PRIMARY).build());
        }
    }
}
