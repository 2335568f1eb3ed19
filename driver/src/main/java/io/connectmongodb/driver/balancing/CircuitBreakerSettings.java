package io.connectmongodb.driver.balancing;

import java.time.Duration;
import java.util.Objects;

/**
 * When a per-server circuit breaker opens and how it recovers.
 *
 * <p>A CLOSED breaker opens after {@code failureThreshold} consecutive failures, or when the error
 * rate over the last {@code slidingWindowSize} calls (a count-based window) exceeds
 * {@code errorRateThreshold} while the window holds at least {@code minimumCalls} calls. An OPEN
 * breaker turns HALF_OPEN once {@code recoveryTimeout} has passed and lets {@code halfOpenMaxCalls}
 * probe calls through; when all of them succeed it closes (with a fresh window), any failure reopens it.
 *
 * <p>Defaults: enabled, failureThreshold 5, errorRateThreshold 0.5, minimumCalls 10,
 * slidingWindowSize 20, recoveryTimeout 30 s, halfOpenMaxCalls 3.
 */
public record CircuitBreakerSettings(
        boolean enabled,
        int failureThreshold,
        double errorRateThreshold,
        int minimumCalls,
        int slidingWindowSize,
        Duration recoveryTimeout,
        int halfOpenMaxCalls) {

    public CircuitBreakerSettings {
        Objects.requireNonNull(recoveryTimeout, "recoveryTimeout");
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1, was " + failureThreshold);
        }
        if (!(errorRateThreshold > 0 && errorRateThreshold <= 1)) {
            throw new IllegalArgumentException("errorRateThreshold must be in (0, 1], was " + errorRateThreshold);
        }
        if (slidingWindowSize < 1) {
            throw new IllegalArgumentException("slidingWindowSize must be at least 1, was " + slidingWindowSize);
        }
        if (minimumCalls < 1 || minimumCalls > slidingWindowSize) {
            throw new IllegalArgumentException("minimumCalls must be between 1 and slidingWindowSize (" + slidingWindowSize
                    + "), was " + minimumCalls);
        }
        if (recoveryTimeout.isNegative() || recoveryTimeout.isZero()) {
            throw new IllegalArgumentException("recoveryTimeout must be positive, was " + recoveryTimeout);
        }
        if (halfOpenMaxCalls < 1) {
            throw new IllegalArgumentException("halfOpenMaxCalls must be at least 1, was " + halfOpenMaxCalls);
        }
    }

    public static CircuitBreakerSettings defaults() {
        return builder().build();
    }

    /** A breaker that never opens. */
    public static CircuitBreakerSettings disabled() {
        return builder().enabled(false).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link CircuitBreakerSettings}; values are checked by {@link #build()}. */
    public static final class Builder {
        private boolean enabled = true;
        private int failureThreshold = 5;
        private double errorRateThreshold = 0.5;
        private int minimumCalls = 10;
        private int slidingWindowSize = 20;
        private Duration recoveryTimeout = Duration.ofSeconds(30);
        private int halfOpenMaxCalls = 3;

        private Builder() {
        }

        public Builder enabled(boolean value) {
            this.enabled = value;
            return this;
        }

        public Builder failureThreshold(int value) {
            this.failureThreshold = value;
            return this;
        }

        public Builder errorRateThreshold(double value) {
            this.errorRateThreshold = value;
            return this;
        }

        public Builder minimumCalls(int value) {
            this.minimumCalls = value;
            return this;
        }

        public Builder slidingWindowSize(int value) {
            this.slidingWindowSize = value;
            return this;
        }

        public Builder recoveryTimeout(Duration value) {
            this.recoveryTimeout = value;
            return this;
        }

        public Builder halfOpenMaxCalls(int value) {
            this.halfOpenMaxCalls = value;
            return this;
        }

        public CircuitBreakerSettings build() {
            return new CircuitBreakerSettings(enabled, failureThreshold, errorRateThreshold, minimumCalls,
                    slidingWindowSize, recoveryTimeout, halfOpenMaxCalls);
        }
    }
}
