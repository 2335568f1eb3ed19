package io.connectmongodb.driver.cluster;

import io.connectmongodb.driver.ConnectionString;
import io.connectmongodb.driver.balancing.LoadBalancingSettings;
import io.connectmongodb.driver.event.CircuitBreakerListener;
import io.connectmongodb.driver.event.CommandListener;
import io.connectmongodb.driver.event.ConnectionPoolListener;
import io.connectmongodb.driver.event.ServerListener;
import io.connectmongodb.driver.event.ServerMonitorListener;
import io.connectmongodb.driver.event.TopologyListener;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a client pools connections, discovers and monitors the deployment, selects servers and
 * spreads load among them, and who listens to it. Part of
 * {@link io.connectmongodb.driver.MongoClientSettings}; immutable.
 *
 * <p>Defaults: default {@link ConnectionPoolSettings} and {@link LoadBalancingSettings},
 * {@code heartbeatFrequencyMS} 10 000 (at least 500), {@code localThresholdMS} 15,
 * {@code serverSelectionTimeoutMS} 30 000, {@code directConnection} unset (one host without
 * {@code replicaSet} is discovered and becomes Single when it is a standalone), no
 * {@code replicaSet}, {@code loadBalanced} false, no listeners.
 */
public final class ClusterOptions {
    public static final long DEFAULT_HEARTBEAT_FREQUENCY_MS = 10_000;
    public static final long MIN_HEARTBEAT_FREQUENCY_MS = 500;
    public static final long DEFAULT_LOCAL_THRESHOLD_MS = 15;
    public static final long DEFAULT_SERVER_SELECTION_TIMEOUT_MS = 30_000;

    private final ConnectionPoolSettings connectionPoolSettings;
    private final LoadBalancingSettings loadBalancingSettings;
    private final long heartbeatFrequencyMS;
    private final long localThresholdMS;
    private final long serverSelectionTimeoutMS;
    private final Boolean directConnection;
    private final String replicaSet;
    private final boolean loadBalanced;
    private final List<CommandListener> commandListeners;
    private final List<ConnectionPoolListener> connectionPoolListeners;
    private final List<ServerListener> serverListeners;
    private final List<ServerMonitorListener> serverMonitorListeners;
    private final List<TopologyListener> topologyListeners;
    private final List<CircuitBreakerListener> circuitBreakerListeners;

    private ClusterOptions(Builder b) {
        this.connectionPoolSettings = b.connectionPoolSettings;
        this.loadBalancingSettings = b.loadBalancingSettings;
        this.heartbeatFrequencyMS = b.heartbeatFrequencyMS;
        this.localThresholdMS = b.localThresholdMS;
        this.serverSelectionTimeoutMS = b.serverSelectionTimeoutMS;
        this.directConnection = b.directConnection;
        this.replicaSet = b.replicaSet;
        this.loadBalanced = b.loadBalanced;
        this.commandListeners = List.copyOf(b.commandListeners);
        this.connectionPoolListeners = List.copyOf(b.connectionPoolListeners);
        this.serverListeners = List.copyOf(b.serverListeners);
        this.serverMonitorListeners = List.copyOf(b.serverMonitorListeners);
        this.topologyListeners = List.copyOf(b.topologyListeners);
        this.circuitBreakerListeners = List.copyOf(b.circuitBreakerListeners);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(ClusterOptions from) {
        Builder b = new Builder();
        b.connectionPoolSettings = from.connectionPoolSettings;
        b.loadBalancingSettings = from.loadBalancingSettings;
        b.heartbeatFrequencyMS = from.heartbeatFrequencyMS;
        b.localThresholdMS = from.localThresholdMS;
        b.serverSelectionTimeoutMS = from.serverSelectionTimeoutMS;
        b.directConnection = from.directConnection;
        b.replicaSet = from.replicaSet;
        b.loadBalanced = from.loadBalanced;
        b.commandListeners.addAll(from.commandListeners);
        b.connectionPoolListeners.addAll(from.connectionPoolListeners);
        b.serverListeners.addAll(from.serverListeners);
        b.serverMonitorListeners.addAll(from.serverMonitorListeners);
        b.topologyListeners.addAll(from.topologyListeners);
        b.circuitBreakerListeners.addAll(from.circuitBreakerListeners);
        return b;
    }

    public ConnectionPoolSettings connectionPoolSettings() {
        return connectionPoolSettings;
    }

    public LoadBalancingSettings loadBalancingSettings() {
        return loadBalancingSettings;
    }

    public long heartbeatFrequencyMS() {
        return heartbeatFrequencyMS;
    }

    public long localThresholdMS() {
        return localThresholdMS;
    }

    public long serverSelectionTimeoutMS() {
        return serverSelectionTimeoutMS;
    }

    /** {@code null} when not set. */
    public Boolean directConnection() {
        return directConnection;
    }

    /** The required replica set name, or {@code null}. */
    public String replicaSet() {
        return replicaSet;
    }

    public boolean loadBalanced() {
        return loadBalanced;
    }

    public List<CommandListener> commandListeners() {
        return commandListeners;
    }

    public List<ConnectionPoolListener> connectionPoolListeners() {
        return connectionPoolListeners;
    }

    public List<ServerListener> serverListeners() {
        return serverListeners;
    }

    public List<ServerMonitorListener> serverMonitorListeners() {
        return serverMonitorListeners;
    }

    public List<TopologyListener> topologyListeners() {
        return topologyListeners;
    }

    public List<CircuitBreakerListener> circuitBreakerListeners() {
        return circuitBreakerListeners;
    }

    @Override
    public String toString() {
        return "ClusterOptions{pool=" + connectionPoolSettings + ", loadBalancing=" + loadBalancingSettings
                + ", heartbeatFrequencyMS=" + heartbeatFrequencyMS + ", localThresholdMS=" + localThresholdMS
                + ", serverSelectionTimeoutMS=" + serverSelectionTimeoutMS + ", directConnection=" + directConnection
                + ", replicaSet=" + replicaSet + ", loadBalanced=" + loadBalanced + "}";
    }

    /** Collects options; each setter checks its value at once. */
    public static final class Builder {
        private ConnectionPoolSettings connectionPoolSettings = ConnectionPoolSettings.defaults();
        private LoadBalancingSettings loadBalancingSettings = LoadBalancingSettings.defaults();
        private long heartbeatFrequencyMS = DEFAULT_HEARTBEAT_FREQUENCY_MS;
        private long localThresholdMS = DEFAULT_LOCAL_THRESHOLD_MS;
        private long serverSelectionTimeoutMS = DEFAULT_SERVER_SELECTION_TIMEOUT_MS;
        private Boolean directConnection;
        private String replicaSet;
        private boolean loadBalanced;
        private final List<CommandListener> commandListeners = new ArrayList<>();
        private final List<ConnectionPoolListener> connectionPoolListeners = new ArrayList<>();
        private final List<ServerListener> serverListeners = new ArrayList<>();
        private final List<ServerMonitorListener> serverMonitorListeners = new ArrayList<>();
        private final List<TopologyListener> topologyListeners = new ArrayList<>();
        private final List<CircuitBreakerListener> circuitBreakerListeners = new ArrayList<>();

        private Builder() {
        }

        public Builder connectionPoolSettings(ConnectionPoolSettings value) {
            this.connectionPoolSettings = required("connectionPoolSettings", value);
            return this;
        }

        public Builder loadBalancingSettings(LoadBalancingSettings value) {
            this.loadBalancingSettings = required("loadBalancingSettings", value);
            return this;
        }

        /** Time between checks of each server; at least {@value #MIN_HEARTBEAT_FREQUENCY_MS}. */
        public Builder heartbeatFrequencyMS(long value) {
            if (value < MIN_HEARTBEAT_FREQUENCY_MS) {
                throw new IllegalArgumentException("heartbeatFrequencyMS must be at least " + MIN_HEARTBEAT_FREQUENCY_MS
                        + ", was " + value);
            }
            this.heartbeatFrequencyMS = value;
            return this;
        }

        /** Width of the latency window: servers at most this much slower than the fastest are eligible. */
        public Builder localThresholdMS(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("localThresholdMS must not be negative, was " + value);
            }
            this.localThresholdMS = value;
            return this;
        }

        /** How long an operation waits for a suitable server; 0 means fail at once. */
        public Builder serverSelectionTimeoutMS(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("serverSelectionTimeoutMS must not be negative, was " + value);
            }
            this.serverSelectionTimeoutMS = value;
            return this;
        }

        public Builder directConnection(Boolean value) {
            this.directConnection = value;
            return this;
        }

        public Builder replicaSet(String value) {
            if (value != null && value.isEmpty()) {
                throw new IllegalArgumentException("replicaSet must not be empty");
            }
            this.replicaSet = value;
            return this;
        }

        public Builder loadBalanced(boolean value) {
            this.loadBalanced = value;
            return this;
        }

        public Builder addCommandListener(CommandListener listener) {
            commandListeners.add(required("command listener", listener));
            return this;
        }

        public Builder addConnectionPoolListener(ConnectionPoolListener listener) {
            connectionPoolListeners.add(required("connection pool listener", listener));
            return this;
        }

        public Builder addServerListener(ServerListener listener) {
            serverListeners.add(required("server listener", listener));
            return this;
        }

        public Builder addServerMonitorListener(ServerMonitorListener listener) {
            serverMonitorListeners.add(required("server monitor listener", listener));
            return this;
        }

        public Builder addTopologyListener(TopologyListener listener) {
            topologyListeners.add(required("topology listener", listener));
            return this;
        }

        public Builder addCircuitBreakerListener(CircuitBreakerListener listener) {
            circuitBreakerListeners.add(required("circuit breaker listener", listener));
            return this;
        }

        /** {@code null} when not set. */
        public Boolean directConnection() {
            return directConnection;
        }

        /** Takes the pool and discovery options the connection string gives; others keep their values. */
        public Builder applyConnectionString(ConnectionString cs) {
            Objects.requireNonNull(cs, "connectionString");
            ConnectionPoolSettings.Builder pool = connectionPoolSettings.toBuilder();
            if (cs.maxPoolSize() != null) {
                pool.maxPoolSize(cs.maxPoolSize());
            }
            if (cs.minPoolSize() != null) {
                pool.minPoolSize(cs.minPoolSize());
            }
            if (cs.maxConnecting() != null) {
                pool.maxConnecting(cs.maxConnecting());
            }
            if (cs.maxIdleTimeMS() != null) {
                pool.maxIdleTimeMS(cs.maxIdleTimeMS());
            }
            if (cs.waitQueueTimeoutMS() != null) {
                pool.waitQueueTimeoutMS(cs.waitQueueTimeoutMS());
            }
            connectionPoolSettings(pool.build());
            if (cs.heartbeatFrequencyMS() != null) {
                heartbeatFrequencyMS(cs.heartbeatFrequencyMS());
            }
            if (cs.localThresholdMS() != null) {
                localThresholdMS(cs.localThresholdMS());
            }
            if (cs.serverSelectionTimeoutMS() != null) {
                serverSelectionTimeoutMS(cs.serverSelectionTimeoutMS());
            }
            if (cs.directConnection() != null) {
                directConnection(cs.directConnection());
            }
            if (cs.replicaSet() != null) {
                replicaSet(cs.replicaSet());
            }
            if (cs.loadBalanced() != null) {
                loadBalanced(cs.loadBalanced());
            }
            return this;
        }

        public ClusterOptions build() {
            if (loadBalanced && (Boolean.TRUE.equals(directConnection) || replicaSet != null)) {
                throw new IllegalArgumentException("loadBalanced=true cannot be combined with directConnection=true or replicaSet");
            }
            return new ClusterOptions(this);
        }

        private static <T> T required(String name, T value) {
            if (value == null) {
                throw new IllegalArgumentException(name + " must not be null");
            }
            return value;
        }
    }
}
