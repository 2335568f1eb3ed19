package io.connectmongodb.driver.balancing;

import io.connectmongodb.driver.ServerAddress;
import java.util.Map;
import java.util.Objects;

/**
 * Load balancing among suitable servers.
 *
 * <p>Defaults: {@link LoadBalancingStrategyType#LEAST_CONNECTIONS}, every weight 1, no preferred
 * tags, latency smoothing 0.2 (each new sample contributes 20% of the moving average), default
 * circuit breakers, JMX registration on.
 *
 * @param strategy          the initial strategy (it may be switched at run time)
 * @param weights           per-server weights for {@code WEIGHTED}; servers not listed weigh {@link #DEFAULT_WEIGHT}
 * @param preferredTags     the client's region/tag set for {@code TAG_AWARE}, for example {@code {region: "eu-west"}}
 * @param latencySmoothing  the weight of a new latency sample in the exponential moving average, in (0, 1]
 * @param circuitBreaker    per-server circuit breaker settings
 * @param jmxEnabled        whether server and cluster statistics MBeans are registered
 */
public record LoadBalancingSettings(
        LoadBalancingStrategyType strategy,
        Map<ServerAddress, Integer> weights,
        Map<String, String> preferredTags,
        double latencySmoothing,
        CircuitBreakerSettings circuitBreaker,
        boolean jmxEnabled) {

    public static final int DEFAULT_WEIGHT = 1;

    public LoadBalancingSettings {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(circuitBreaker, "circuitBreaker");
        weights = Map.copyOf(Objects.requireNonNull(weights, "weights"));
        preferredTags = Map.copyOf(Objects.requireNonNull(preferredTags, "preferredTags"));
        weights.forEach((address, weight) -> {
            if (weight < 1) {
                throw new IllegalArgumentException("the weight of " + address + " must be at least 1, was " + weight);
            }
        });
        if (!(latencySmoothing > 0 && latencySmoothing <= 1)) {
            throw new IllegalArgumentException("latencySmoothing must be in (0, 1], was " + latencySmoothing);
        }
    }

    public static LoadBalancingSettings defaults() {
        return builder().build();
    }

    /** The weight of {@code address} for {@code WEIGHTED}. */
    public int weightOf(ServerAddress address) {
        return weights.getOrDefault(address, DEFAULT_WEIGHT);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LoadBalancingSettings}; values are checked by {@link #build()}. */
    public static final class Builder {
        private LoadBalancingStrategyType strategy = LoadBalancingStrategyType.LEAST_CONNECTIONS;
        private Map<ServerAddress, Integer> weights = Map.of();
        private Map<String, String> preferredTags = Map.of();
        private double latencySmoothing = 0.2;
        private CircuitBreakerSettings circuitBreaker = CircuitBreakerSettings.defaults();
        private boolean jmxEnabled = true;

        private Builder() {
        }

        public Builder strategy(LoadBalancingStrategyType value) {
            this.strategy = value;
            return this;
        }

        public Builder weights(Map<ServerAddress, Integer> value) {
            this.weights = value;
            return this;
        }

        public Builder preferredTags(Map<String, String> value) {
            this.preferredTags = value;
            return this;
        }

        public Builder latencySmoothing(double value) {
            this.latencySmoothing = value;
            return this;
        }

        public Builder circuitBreaker(CircuitBreakerSettings value) {
            this.circuitBreaker = value;
            return this;
        }

        public Builder jmxEnabled(boolean value) {
            this.jmxEnabled = value;
            return this;
        }

        public LoadBalancingSettings build() {
            return new LoadBalancingSettings(strategy, weights, preferredTags, latencySmoothing, circuitBreaker, jmxEnabled);
        }
    }
}
