package io.connectmongodb.driver.event;

import java.util.Objects;
import org.bson.types.ObjectId;

/** A topology (one client's view of a deployment) was created; published before anything else about it. */
public record TopologyOpeningEvent(ObjectId topologyId) {
    public TopologyOpeningEvent {
        Objects.requireNonNull(topologyId, "topologyId");
    }
}
