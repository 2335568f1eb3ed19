package io.connectmongodb.driver.internal.selection;

import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.TopologyDescription;
import java.util.List;

/**
 * Picks the servers suitable for one operation from a topology, before the latency window is
 * applied. Implementations are pure functions of the topology.
 */
public interface ServerSelector {

    /** The suitable servers, possibly empty. */
    List<ServerDescription> suitable(TopologyDescription topology);

    /** What this selector wants, for error messages (for example {@code "a writable server"}). */
    String describe();
}
