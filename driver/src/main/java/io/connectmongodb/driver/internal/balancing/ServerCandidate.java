package io.connectmongodb.driver.internal.balancing;

import io.connectmongodb.driver.ServerAddress;
import java.util.Map;

/**
 * The live figures of one suitable server that a {@link LoadBalancingStrategy} chooses from.
 *
 * @param operationsInProgress  operations selected on it and not yet finished
 * @param averageLatencyNanos   moving average latency of real operations, or -1 when none finished yet
 * @param weight                configured weight (at least 1)
 * @param tags                  the server's replica set member tags
 */
public record ServerCandidate(ServerAddress address, int operationsInProgress, long averageLatencyNanos, int weight,
                              Map<String, String> tags) {
}
