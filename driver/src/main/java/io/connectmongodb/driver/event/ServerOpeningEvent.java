package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;
import java.util.Objects;
import org.bson.types.ObjectId;

/** A server was added to the topology and will be monitored. */
public record ServerOpeningEvent(ObjectId topologyId, ServerAddress address) {
    public ServerOpeningEvent {
        Objects.requireNonNull(topologyId, "topologyId");
        Objects.requireNonNull(address, "address");
    }
}
