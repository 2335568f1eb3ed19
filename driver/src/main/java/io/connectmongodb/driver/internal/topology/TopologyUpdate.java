package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.TopologyDescription;
import java.util.List;

/**
 * The result of applying one server description (or application error) to a topology: the new
 * description plus the side effects the owner of the topology must carry out.
 *
 * @param previous        the description before the update
 * @param current         the description after it (the same object when the input was ignored)
 * @param addedServers    servers to start monitoring
 * @param removedServers  servers to stop monitoring
 * @param checkRequests   servers to check immediately (for example a primary marked stale)
 * @param poolsToClear    servers whose connection pools must be cleared (an old pre-4.2 primary)
 */
public record TopologyUpdate(TopologyDescription previous, TopologyDescription current,
                             List<ServerAddress> addedServers, List<ServerAddress> removedServers,
                             List<ServerAddress> checkRequests, List<ServerAddress> poolsToClear) {

    public TopologyUpdate {
        addedServers = List.copyOf(addedServers);
        removedServers = List.copyOf(removedServers);
        checkRequests = List.copyOf(checkRequests);
        poolsToClear = List.copyOf(poolsToClear);
    }

    /** An update that changed nothing (the input was stale or came from a removed server). */
    public static TopologyUpdate unchanged(TopologyDescription description) {
        return new TopologyUpdate(description, description, List.of(), List.of(), List.of(), List.of());
    }

    public boolean changed() {
        return !previous.equals(current);
    }
}
