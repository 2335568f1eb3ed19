package io.connectmongodb.driver.internal.balancing;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.LoadBalancingSettings;
import io.connectmongodb.driver.balancing.LoadBalancingStrategyType;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Picks one server among the suitable, permitted candidates. Implementations are thread-safe and
 * never return an address that is not among the candidates.
 */
public interface LoadBalancingStrategy {

    /** @param candidates at least one server; the list is not modified */
    ServerAddress select(List<ServerCandidate> candidates);

    LoadBalancingStrategyType type();

    /** The implementation of {@code type}; {@code random} supplies the generator for tie breaks (per call). */
    static LoadBalancingStrategy of(LoadBalancingStrategyType type, LoadBalancingSettings settings,
                                    Supplier<RandomGenerator> random) {
        return switch (type) {
            case ROUND_ROBIN -> new RoundRobinStrategy();
            case LEAST_CONNECTIONS -> new LeastConnectionsStrategy(random);
            case WEIGHTED -> new WeightedStrategy();
            case RESPONSE_TIME -> new ResponseTimeStrategy(random);
            case TAG_AWARE -> new TagAwareStrategy(settings.preferredTags(), new LeastConnectionsStrategy(random));
        };
    }
}
