package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;
import java.util.Objects;
import org.bson.types.ObjectId;

/** A server was removed from the topology (or the topology closed) and is no longer monitored. */
public record ServerClosedEvent(ObjectId topologyId, ServerAddress address) {
    public ServerClosedEvent {
        Objects.requireNonNull(topologyId, "topologyId");
        Objects.requireNonNull(address, "address");
    }
}
