package io.connectmongodb.driver.internal.cluster;

import io.connectmongodb.driver.balancing.LoadBalancingSettings;
import io.connectmongodb.driver.internal.topology.TopologySettings;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import java.util.Objects;

/**
 * Everything a {@link Cluster} is built from, besides how it opens connections.
 *
 * @param topology   seeds, discovery mode and selection timings
 * @param pool       the settings of every server's pool
 * @param balancing  strategy, weights, tags and circuit breakers
 * @param listeners  event listeners
 */
record ClusterSettings(TopologySettings topology, ConnectionPoolSettings pool, LoadBalancingSettings balancing,
                       ClusterListeners listeners) {
    ClusterSettings {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(balancing, "balancing");
        Objects.requireNonNull(listeners, "listeners");
    }
}
