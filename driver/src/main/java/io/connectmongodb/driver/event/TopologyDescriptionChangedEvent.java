package io.connectmongodb.driver.event;

import io.connectmongodb.driver.cluster.TopologyDescription;
import java.util.Objects;
import org.bson.types.ObjectId;

/** The topology's description changed (it is only published when the two descriptions differ). */
public record TopologyDescriptionChangedEvent(ObjectId topologyId, TopologyDescription previousDescription,
                                              TopologyDescription newDescription) {
    public TopologyDescriptionChangedEvent {
        Objects.requireNonNull(topologyId, "topologyId");
        Objects.requireNonNull(previousDescription, "previousDescription");
        Objects.requireNonNull(newDescription, "newDescription");
    }
}
