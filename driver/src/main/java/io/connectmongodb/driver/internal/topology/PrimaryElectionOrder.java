package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.cluster.ServerDescription;
import org.bson.types.ObjectId;

/**
 * Detects stale primaries by their (electionId, setVersion) and tracks the newest pair seen
 * (TopologyDescription.maxElectionId / maxSetVersion), per the SDAM spec's updateRSFromPrimary.
 *
 * <p>From MongoDB 6.0 (wire version 17) electionId is compared first and setVersion breaks ties, a
 * missing value being older than any present one; the newest pair always replaces the maximum.
 * Older primaries keep the pre-6.0 rule: only when both sides carry both values, setVersion is
 * compared first and electionId breaks ties; maxSetVersion only ever grows.
 */
final class PrimaryElectionOrder {
    private static final int WIRE_VERSION_6_0 = 17;

    private PrimaryElectionOrder() {
    }

    /**
     * Updates the maxima of {@code topology} if {@code primary} is current.
     *
     * @return {@code null} when the primary is current, otherwise why it is stale
     */
    static String accept(MutableTopology topology, ServerDescription primary) {
        ObjectId electionId = primary.electionId();
        Integer setVersion = primary.setVersion();
        if (primary.maxWireVersion() >= WIRE_VERSION_6_0) {
            int election = compareNullsFirst(electionId, topology.maxElectionId);
            if (election < 0) {
                return "electionId " + electionId + " is older than " + topology.maxElectionId;
            }
            if (election == 0 && compareNullsFirst(setVersion, topology.maxSetVersion) < 0) {
                return "setVersion " + setVersion + " is older than " + topology.maxSetVersion;
            }
            topology.maxElectionId = electionId;
            topology.maxSetVersion = setVersion;
            return null;
        }
        if (setVersion != null && electionId != null && topology.maxSetVersion != null && topology.maxElectionId != null) {
            if (topology.maxSetVersion > setVersion) {
                return "setVersion " + setVersion + " is older than " + topology.maxSetVersion;
            }
            if (topology.maxSetVersion.equals(setVersion) && topology.maxElectionId.compareTo(electionId) > 0) {
                return "electionId " + electionId + " is older than " + topology.maxElectionId;
            }
        }
        if (electionId != null) {
            topology.maxElectionId = electionId;
        }
        if (setVersion != null && (topology.maxSetVersion == null || setVersion > topology.maxSetVersion)) {
            topology.maxSetVersion = setVersion;
        }
        return null;
    }

    private static <T extends Comparable<T>> int compareNullsFirst(T a, T b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        return b == null ? 1 : a.compareTo(b);
    }
}
