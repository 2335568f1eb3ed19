package io.connectmongodb.driver.internal.balancing;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.LoadBalancingStrategyType;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The candidate with the lowest moving-average latency of real operations. A server without any
 * sample yet counts as fastest, so that new or recovered servers are measured at once. Equal
 * averages are broken at random (reservoir sampling).
 */
final class ResponseTimeStrategy implements LoadBalancingStrategy {
    private final Supplier<RandomGenerator> random;

    ResponseTimeStrategy(Supplier<RandomGenerator> random) {
        this.random = random;
    }

    @Override
    public ServerAddress select(List<ServerCandidate> candidates) {
        ServerCandidate best = null;
        long bestLatency = Long.MAX_VALUE;
        int ties = 0;
        for (ServerCandidate candidate : candidates) {
            long latency = candidate.averageLatencyNanos() < 0 ? -1 : candidate.averageLatencyNanos();
            if (best == null || latency < bestLatency) {
                best = candidate;
                bestLatency = latency;
                ties = 1;
            } else if (latency == bestLatency) {
                ties++;
                if (random.get().nextInt(ties) == 0) {
                    best = candidate;
                }
            }
        }
        return best.address();
    }

    @Override
    public LoadBalancingStrategyType type() {
        return LoadBalancingStrategyType.RESPONSE_TIME;
    }
}
