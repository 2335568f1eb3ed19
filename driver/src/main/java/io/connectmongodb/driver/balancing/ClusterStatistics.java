package io.connectmongodb.driver.balancing;

import java.util.List;

/**
 * A snapshot of the load balancer across all known servers.
 *
 * @param strategy              the current strategy
 * @param totalRequests         operations finished on all servers
 * @param totalFailures         of those, the server failures
 * @param operationsInProgress  operations in progress on all servers
 * @param requestsPerSecond     sum of the servers' rates
 * @param openCircuits          servers whose breaker is open
 * @param servers               per-server snapshots, ordered by address
 */
public record ClusterStatistics(
        LoadBalancingStrategyType strategy,
        long totalRequests,
        long totalFailures,
        int operationsInProgress,
        double requestsPerSecond,
        int openCircuits,
        List<ServerStatistics> servers) {

    public ClusterStatistics {
        servers = List.copyOf(servers);
    }
}
