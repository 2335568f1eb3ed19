package io.connectmongodb.driver.balancing;

import io.connectmongodb.driver.ServerAddress;

/**
 * A snapshot of one server as seen by the load balancer.
 *
 * @param address                 the server
 * @param status                  health summary derived from the breaker and the error rate
 * @param breakerState            its circuit breaker's state
 * @param averageResponseMicros   moving average latency of real operations, or -1 before the first
 * @param errorRate               failures / calls over the breaker's sliding window (0 when empty)
 * @param operationsInProgress    operations selected on it and not finished
 * @param connectionCount         connections of its pool (-1 when no pool reported)
 * @param requestsPerSecond       operations finished per second over the last ten seconds
 * @param totalRequests           operations finished since the balancer started
 * @param totalFailures           of those, the ones that counted as server failures
 */
public record ServerStatistics(
        ServerAddress address,
        ServerStatus status,
        CircuitBreakerState breakerState,
        long averageResponseMicros,
        double errorRate,
        int operationsInProgress,
        int connectionCount,
        double requestsPerSecond,
        long totalRequests,
        long totalFailures) {
}
