package io.connectmongodb.driver.internal.balancing;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.LoadBalancingStrategyType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each candidate in turn: a shared counter, taken modulo the number of candidates. Over a stable
 * candidate list every server gets exactly one pick per round; when the list changes the rotation
 * simply continues from the counter.
 */
final class RoundRobinStrategy implements LoadBalancingStrategy {
    private final AtomicLong next = new AtomicLong();

    @Override
    public ServerAddress select(List<ServerCandidate> candidates) {
        int index = (int) Math.floorMod(next.getAndIncrement(), (long) candidates.size());
        return candidates.get(index).address();
    }

    @Override
    public LoadBalancingStrategyType type() {
        return LoadBalancingStrategyType.ROUND_ROBIN;
    }
}
