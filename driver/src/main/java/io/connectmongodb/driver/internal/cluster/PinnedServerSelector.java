package io.connectmongodb.driver.internal.cluster;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.internal.selection.ServerSelector;
import java.util.List;

/**
 * Selects only the server a session is pinned to (a sharded transaction's mongos), when the
 * underlying selector finds it suitable; otherwise nothing, so selection waits and times out
 * naming the pinned server.
 */
final class PinnedServerSelector implements ServerSelector {
    private final ServerSelector delegate;
    private final ServerAddress pinned;

    PinnedServerSelector(ServerSelector delegate, ServerAddress pinned) {
        this.delegate = delegate;
        this.pinned = pinned;
    }

    @Override
    public List<ServerDescription> suitable(TopologyDescription topology) {
        return delegate.suitable(topology).stream().filter(server -> server.address().equals(pinned)).toList();
    }

    @Override
    public String describe() {
        return delegate.describe() + " that is the pinned mongos " + pinned;
    }
}
