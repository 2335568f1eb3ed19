package io.connectmongodb.driver.internal.balancing;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.LoadBalancingStrategyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prefers servers whose tags contain every preferred tag (the client's region, say); among them, and
 * among all candidates when none matches, the choice is left to another strategy (least connections).
 * With no preferred tags it is that strategy.
 */
final class TagAwareStrategy implements LoadBalancingStrategy {
    private final Map<String, String> preferredTags;
    private final LoadBalancingStrategy within;

    TagAwareStrategy(Map<String, String> preferredTags, LoadBalancingStrategy within) {
        this.preferredTags = Map.copyOf(preferredTags);
        this.within = within;
    }

    @Override
    public ServerAddress select(List<ServerCandidate> candidates) {
        List<ServerCandidate> matching = new ArrayList<>(candidates.size());
        for (ServerCandidate candidate : candidates) {
            if (candidate.tags().entrySet().containsAll(preferredTags.entrySet())) {
                matching.add(candidate);
            }
        }
        return within.select(matching.isEmpty() ? candidates : matching);
    }

    @Override
    public LoadBalancingStrategyType type() {
        return LoadBalancingStrategyType.TAG_AWARE;
    }
}
