package io.connectmongodb.driver.event;

import java.util.Objects;
import org.bson.types.ObjectId;

/** A topology was closed; the last event published about it. */
public record TopologyClosedEvent(ObjectId topologyId) {
    public TopologyClosedEvent {
        Objects.requireNonNull(topologyId, "topologyId");
    }
}
