package io.connectmongodb.driver.internal.cluster;

import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.cluster.ClusterOptions;
import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import io.connectmongodb.driver.event.ServerMonitorListener;
import io.connectmongodb.driver.internal.connection.ConnectionFactory;
import io.connectmongodb.driver.internal.topology.ServerMonitor;
import io.connectmongodb.driver.internal.topology.ServerMonitorFactory;
import io.connectmongodb.driver.internal.topology.TopologySettings;

/**
 * Builds and starts the {@link Cluster} of a client from its settings: the topology settings come
 * from the hosts and the discovery options, each server gets a polling {@link ServerMonitor} on
 * its own monitoring connection, and pools open operation connections through the given factory.
 *
 * <p>{@code loadBalanced=true} is refused with {@link MongoUnsupportedFeatureException}: a load
 * balancer needs the handshake's {@code loadBalanced} flag, pinning of cursors to one service and
 * pools cleared per {@code serviceId}, none of which exists yet.
 */
public final class ClusterFactory {
    private ClusterFactory() {
    }

    /**
     * @param operations  opens connections for operations (handshake and authentication)
     * @param monitoring  opens the monitors' connections (no authentication, connectTimeoutMS as the read timeout)
     */
    public static Cluster start(MongoClientSettings settings, ConnectionFactory operations, ConnectionFactory monitoring) {
        ClusterOptions options = settings.getClusterOptions();
        if (options.loadBalanced()) {
            throw new MongoUnsupportedFeatureException("loadBalanced=true is not supported yet: it needs the handshake's "
                    + "loadBalanced flag, cursors pinned to one service and pools cleared per serviceId");
        }
        TopologySettings topology = topologySettings(settings);
        ClusterListeners listeners = ClusterListeners.of(options);
        ServerMonitorListener monitorListener = listeners.monitorFanOut();
        ServerMonitorFactory monitors = (address, handler) -> new ServerMonitor(address, monitoring, handler, monitorListener,
                topology.heartbeatFrequencyMS(), System::nanoTime);
        Cluster cluster = new Cluster(new ClusterSettings(topology, options.connectionPoolSettings(),
                options.loadBalancingSettings(), listeners), operations, monitors);
        cluster.start();
        return cluster;
    }

    /** The SDAM configuration of the settings (initial topology type by the spec's rules). */
    static TopologySettings topologySettings(MongoClientSettings settings) {
        ClusterOptions options = settings.getClusterOptions();
        return new TopologySettings(settings.getHosts(), options.replicaSet(), Boolean.TRUE.equals(options.directConnection()),
                options.loadBalanced(), options.heartbeatFrequencyMS(), options.localThresholdMS(),
                options.serverSelectionTimeoutMS());
    }
}
