package io.connectmongodb.driver.internal.balancing;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.LoadBalancingStrategyType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Smooth weighted round robin (the nginx algorithm). Each server keeps a running score; on every
 * pick each candidate's score grows by its weight, the highest score wins and is lowered by the sum
 * of the weights. Over every run of {@code sum(weights)} picks on a stable list each server is
 * picked exactly {@code weight} times, and picks of a heavy server are spread out rather than
 * bunched. Deterministic, so its distribution is exact, not statistical.
 */
final class WeightedStrategy implements LoadBalancingStrategy {
    private final Map<ServerAddress, Long> scores = new HashMap<>();

    @Override
    public synchronized ServerAddress select(List<ServerCandidate> candidates) {
        long totalWeight = 0;
        ServerCandidate best = null;
        long bestScore = Long.MIN_VALUE;
        for (ServerCandidate candidate : candidates) {
            totalWeight += candidate.weight();
            long score = scores.getOrDefault(candidate.address(), 0L) + candidate.weight();
            scores.put(candidate.address(), score);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        scores.put(best.address(), bestScore - totalWeight);
        return best.address();
    }

    @Override
    public LoadBalancingStrategyType type() {
        return LoadBalancingStrategyType.WEIGHTED;
    }
}
