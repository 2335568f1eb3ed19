package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.TopologyType;
import java.util.List;
import java.util.Objects;

/**
 * How the topology is discovered and how servers are selected. Validated on construction, so a
 * bad combination fails before any I/O.
 *
 * @param seeds                     the initial servers (at least one)
 * @param requiredSetName           the {@code replicaSet} option, or {@code null}
 * @param directConnection          connect to the single seed only (TopologyType Single)
 * @param loadBalanced              the seed is a load balancer (TopologyType LoadBalanced)
 * @param heartbeatFrequencyMS      time between server checks, at least {@value #MIN_HEARTBEAT_FREQUENCY_MS}
 * @param localThresholdMS          width of the latency window for server selection
 * @param serverSelectionTimeoutMS  how long server selection may wait for a suitable server
 */
public record TopologySettings(List<ServerAddress> seeds, String requiredSetName, boolean directConnection,
                               boolean loadBalanced, long heartbeatFrequencyMS, long localThresholdMS,
                               long serverSelectionTimeoutMS) {
    public static final long DEFAULT_HEARTBEAT_FREQUENCY_MS = 10_000;
    /** The spec's minHeartbeatFrequencyMS: also the least time between two checks of one server. */
    public static final long MIN_HEARTBEAT_FREQUENCY_MS = 500;
    public static final long DEFAULT_LOCAL_THRESHOLD_MS = 15;
    public static final long DEFAULT_SERVER_SELECTION_TIMEOUT_MS = 30_000;

    public TopologySettings {
        Objects.requireNonNull(seeds, "seeds");
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("at least one seed address is required");
        }
        if (seeds.stream().distinct().count() != seeds.size()) {
            throw new IllegalArgumentException("seed list contains duplicate addresses: " + seeds);
        }
        if (directConnection && seeds.size() > 1) {
            throw new IllegalArgumentException("directConnection=true cannot be used with multiple seeds: " + seeds);
        }
        if (loadBalanced && (directConnection || requiredSetName != null)) {
            throw new IllegalArgumentException("loadBalanced=true cannot be combined with directConnection=true or replicaSet");
        }
        if (loadBalanced && seeds.size() > 1) {
            throw new IllegalArgumentException("loadBalanced=true requires exactly one seed, got " + seeds);
        }
        if (requiredSetName != null && requiredSetName.isEmpty()) {
            throw new IllegalArgumentException("replicaSet name must not be empty");
        }
        if (heartbeatFrequencyMS < MIN_HEARTBEAT_FREQUENCY_MS) {
            throw new IllegalArgumentException("heartbeatFrequencyMS must be at least " + MIN_HEARTBEAT_FREQUENCY_MS
                    + ", was " + heartbeatFrequencyMS);
        }
        if (localThresholdMS < 0) {
            throw new IllegalArgumentException("localThresholdMS must not be negative, was " + localThresholdMS);
        }
        if (serverSelectionTimeoutMS < 0) {
            throw new IllegalArgumentException("serverSelectionTimeoutMS must not be negative, was " + serverSelectionTimeoutMS);
        }
    }

    /** Defaults for the given seeds: discovery (no direct connection), default timings. */
    public static TopologySettings of(List<ServerAddress> seeds) {
        return new TopologySettings(seeds, null, false, false, DEFAULT_HEARTBEAT_FREQUENCY_MS,
                DEFAULT_LOCAL_THRESHOLD_MS, DEFAULT_SERVER_SELECTION_TIMEOUT_MS);
    }

    public TopologySettings withRequiredSetName(String setName) {
        return new TopologySettings(seeds, setName, directConnection, loadBalanced, heartbeatFrequencyMS, localThresholdMS, serverSelectionTimeoutMS);
    }

    public TopologySettings withDirectConnection(boolean direct) {
        return new TopologySettings(seeds, requiredSetName, direct, loadBalanced, heartbeatFrequencyMS, localThresholdMS, serverSelectionTimeoutMS);
    }

    public TopologySettings withLoadBalanced(boolean lb) {
        return new TopologySettings(seeds, requiredSetName, directConnection, lb, heartbeatFrequencyMS, localThresholdMS, serverSelectionTimeoutMS);
    }

    public TopologySettings withHeartbeatFrequencyMS(long millis) {
        return new TopologySettings(seeds, requiredSetName, directConnection, loadBalanced, millis, localThresholdMS, serverSelectionTimeoutMS);
    }

    public TopologySettings withLocalThresholdMS(long millis) {
        return new TopologySettings(seeds, requiredSetName, directConnection, loadBalanced, heartbeatFrequencyMS, millis, serverSelectionTimeoutMS);
    }

    public TopologySettings withServerSelectionTimeoutMS(long millis) {
        return new TopologySettings(seeds, requiredSetName, directConnection, loadBalanced, heartbeatFrequencyMS, localThresholdMS, millis);
    }

    /** The SDAM spec's initial TopologyType for these options. */
    public TopologyType initialType() {
        if (loadBalanced) {
            return TopologyType.LOAD_BALANCED;
        }
        if (directConnection) {
            return TopologyType.SINGLE;
        }
        return requiredSetName != null ? TopologyType.REPLICA_SET_NO_PRIMARY : TopologyType.UNKNOWN;
    }
}
