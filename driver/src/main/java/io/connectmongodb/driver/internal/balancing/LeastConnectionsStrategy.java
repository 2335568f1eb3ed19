package io.connectmongodb.driver.internal.balancing;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.LoadBalancingStrategyType;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The candidate with the fewest operations in progress. Ties are broken uniformly at random by
 * reservoir sampling in the same pass, so equally loaded servers share the traffic. This extends the
 * server selection spec's "two random choices, take the less busy" rule to looking at every candidate.
 */
final class LeastConnectionsStrategy implements LoadBalancingStrategy {
    private final Supplier<RandomGenerator> random;

    LeastConnectionsStrategy(Supplier<RandomGenerator> random) {
        this.random = random;
    }

    @Override
    public ServerAddress select(List<ServerCandidate> candidates) {
        ServerCandidate best = null;
        int ties = 0;
        for (ServerCandidate candidate : candidates) {
            if (best == null || candidate.operationsInProgress() < best.operationsInProgress()) {
                best = candidate;
                ties = 1;
            } else if (candidate.operationsInProgress() == best.operationsInProgress()) {
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
        return LoadBalancingStrategyType.LEAST_CONNECTIONS;
    }
}
