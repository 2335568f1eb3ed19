package io.connectmongodb.driver.cluster;

import io.connectmongodb.driver.ServerAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bson.types.ObjectId;

/**
 * Everything the client knows about the deployment at one moment: the topology type, the replica
 * set name and the newest (electionId, setVersion) seen from a primary, one
 * {@link ServerDescription} per known server, wire compatibility, and the session timeout.
 * Immutable; the topology replaces the whole description on every change.
 */
public final class TopologyDescription {
    private final TopologyType type;
    private final String setName;
    private final Integer maxSetVersion;
    private final ObjectId maxElectionId;
    private final Map<ServerAddress, ServerDescription> servers;
    private final String compatibilityError;
    private final Integer logicalSessionTimeoutMinutes;

    /**
     * @param servers             server descriptions, in the order they were discovered
     * @param compatibilityError  {@code null} when every server's wire version range overlaps the driver's
     */
    public TopologyDescription(TopologyType type, String setName, Integer maxSetVersion, ObjectId maxElectionId,
                               Collection<ServerDescription> servers, String compatibilityError,
                               Integer logicalSessionTimeoutMinutes) {
        this.type = Objects.requireNonNull(type, "type");
        this.setName = setName;
        this.maxSetVersion = maxSetVersion;
        this.maxElectionId = maxElectionId;
        Map<ServerAddress, ServerDescription> map = new LinkedHashMap<>();
        for (ServerDescription server : servers) {
            if (map.put(server.address(), server) != null) {
                throw new IllegalArgumentException("duplicate server address " + server.address());
            }
        }
        this.servers = Collections.unmodifiableMap(map);
        this.compatibilityError = compatibilityError;
        this.logicalSessionTimeoutMinutes = logicalSessionTimeoutMinutes;
    }

    public TopologyType type() {
        return type;
    }

    public String setName() {
        return setName;
    }

    public Integer maxSetVersion() {
        return maxSetVersion;
    }

    public ObjectId maxElectionId() {
        return maxElectionId;
    }

    /** Every server, keyed by address, in discovery order. */
    public Map<ServerAddress, ServerDescription> servers() {
        return servers;
    }

    /** The server at {@code address}, or {@code null} when it is not part of the topology. */
    public ServerDescription server(ServerAddress address) {
        return servers.get(address);
    }

    public boolean contains(ServerAddress address) {
        return servers.containsKey(address);
    }

    /** Servers of the given type, in discovery order. */
    public List<ServerDescription> serversOfType(ServerType serverType) {
        List<ServerDescription> result = new ArrayList<>();
        for (ServerDescription server : servers.values()) {
            if (server.type() == serverType) {
                result.add(server);
            }
        }
        return result;
    }

    /** The RSPrimary, if one is known. */
    public Optional<ServerDescription> primary() {
        return servers.values().stream().filter(s -> s.type() == ServerType.RS_PRIMARY).findFirst();
    }

    /** False when some server's wire version range does not overlap the driver's. */
    public boolean isCompatible() {
        return compatibilityError == null;
    }

    /** Why the topology is incompatible, or {@code null}. */
    public String compatibilityError() {
        return compatibilityError;
    }

    /** The smallest session timeout among data-bearing servers; {@code null} if any lacks one. */
    public Integer logicalSessionTimeoutMinutes() {
        return logicalSessionTimeoutMinutes;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TopologyDescription)) {
            return false;
        }
        TopologyDescription that = (TopologyDescription) o;
        return type == that.type
                && Objects.equals(setName, that.setName)
                && Objects.equals(maxSetVersion, that.maxSetVersion)
                && Objects.equals(maxElectionId, that.maxElectionId)
                && servers.equals(that.servers)
                && Objects.equals(compatibilityError, that.compatibilityError)
                && Objects.equals(logicalSessionTimeoutMinutes, that.logicalSessionTimeoutMinutes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, setName, servers);
    }

    /** Type, set name and each server's address, type and error: what a selection failure reports. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{type=").append(type.specName());
        if (setName != null) {
            sb.append(", setName=").append(setName);
        }
        sb.append(", servers=").append(servers.values());
        if (compatibilityError != null) {
            sb.append(", incompatible: ").append(compatibilityError);
        }
        return sb.append('}').toString();
    }
}
