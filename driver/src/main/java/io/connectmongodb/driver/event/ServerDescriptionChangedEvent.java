package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import java.util.Objects;
import org.bson.types.ObjectId;

/**
 * A server's description changed. Published only when the descriptions differ by the SDAM spec's
 * server description equality, so round-trip-time-only updates are silent.
 */
public record ServerDescriptionChangedEvent(ObjectId topologyId, ServerAddress address,
                                            ServerDescription previousDescription, ServerDescription newDescription) {
    public ServerDescriptionChangedEvent {
        Objects.requireNonNull(topologyId, "topologyId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(previousDescription, "previousDescription");
        Objects.requireNonNull(newDescription, "newDescription");
    }
}
