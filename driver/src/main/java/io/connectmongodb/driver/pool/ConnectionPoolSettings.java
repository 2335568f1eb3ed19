package io.connectmongodb.driver.pool;

import java.util.concurrent.TimeUnit;

/**
 * How each per-server connection pool behaves (the CMAP "ConnectionPoolOptions").
 *
 * <p>Defaults: {@code minPoolSize} 0, {@code maxPoolSize} 100, {@code maxConnecting} 2,
 * {@code waitQueueTimeoutMS} 120 000 (two minutes, as the long-standing MongoDB Java default;
 * CMAP's own default of "no limit" would let a saturated pool hang callers forever),
 * {@code maxIdleTimeMS} 0 (no limit), {@code maxLifetimeMS} 0 (no limit),
 * {@code maintenanceIntervalMS} 60 000 and JMX registration on.
 *
 * @param minPoolSize            connections kept open by the maintenance thread; at most {@code maxPoolSize} when that is capped
 * @param maxPoolSize            most connections (pending, available and in use); 0 means no limit
 * @param maxConnecting          most connections being established at once; at least 1
 * @param waitQueueTimeoutMS     longest a checkout waits for a connection; 0 means no limit
 * @param maxIdleTimeMS          an available connection idle longer than this is closed; 0 means no limit
 * @param maxLifetimeMS          a connection older than this is closed when next seen idle; 0 means no limit
 * @param maintenanceIntervalMS  pause between maintenance runs; a negative value disables the maintenance thread
 * @param jmxEnabled             whether each pool registers a {@link ConnectionPoolStatisticsMBean}
 */
public record ConnectionPoolSettings(
        int minPoolSize,
        int maxPoolSize,
        int maxConnecting,
        long waitQueueTimeoutMS,
        long maxIdleTimeMS,
        long maxLifetimeMS,
        long maintenanceIntervalMS,
        boolean jmxEnabled) {

    public static final int DEFAULT_MAX_POOL_SIZE = 100;
    public static final int DEFAULT_MAX_CONNECTING = 2;
    public static final long DEFAULT_WAIT_QUEUE_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(2);
    public static final long DEFAULT_MAINTENANCE_INTERVAL_MS = TimeUnit.MINUTES.toMillis(1);

    public ConnectionPoolSettings {
        requireNotNegative("minPoolSize", minPoolSize);
        requireNotNegative("maxPoolSize", maxPoolSize);
        if (maxPoolSize > 0 && minPoolSize > maxPoolSize) {
            throw new IllegalArgumentException("minPoolSize (" + minPoolSize + ") must not exceed maxPoolSize (" + maxPoolSize + ")");
        }
        if (maxConnecting < 1) {
            throw new IllegalArgumentException("maxConnecting must be at least 1, was " + maxConnecting);
        }
        requireNotNegative("waitQueueTimeoutMS", waitQueueTimeoutMS);
        requireNotNegative("maxIdleTimeMS", maxIdleTimeMS);
        requireNotNegative("maxLifetimeMS", maxLifetimeMS);
        if (maintenanceIntervalMS == 0) {
            throw new IllegalArgumentException("maintenanceIntervalMS must be positive, or negative to disable maintenance; 0 is not allowed");
        }
    }

    /** All defaults. */
    public static ConnectionPoolSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder()
                .minPoolSize(minPoolSize)
                .maxPoolSize(maxPoolSize)
                .maxConnecting(maxConnecting)
                .waitQueueTimeoutMS(waitQueueTimeoutMS)
                .maxIdleTimeMS(maxIdleTimeMS)
                .maxLifetimeMS(maxLifetimeMS)
                .maintenanceIntervalMS(maintenanceIntervalMS)
                .jmxEnabled(jmxEnabled);
    }

    /** Whether the pool has an upper bound on its size. */
    public boolean isCapped() {
        return maxPoolSize > 0;
    }

    /** Whether a maintenance thread runs. */
    public boolean hasMaintenance() {
        return maintenanceIntervalMS > 0;
    }

    private static void requireNotNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }

    /** Builds {@link ConnectionPoolSettings}; every value is checked by {@link #build()}. */
    public static final class Builder {
        private int minPoolSize;
        private int maxPoolSize = DEFAULT_MAX_POOL_SIZE;
        private int maxConnecting = DEFAULT_MAX_CONNECTING;
        private long waitQueueTimeoutMS = DEFAULT_WAIT_QUEUE_TIMEOUT_MS;
        private long maxIdleTimeMS;
        private long maxLifetimeMS;
        private long maintenanceIntervalMS = DEFAULT_MAINTENANCE_INTERVAL_MS;
        private boolean jmxEnabled = true;

        private Builder() {
        }

        public Builder minPoolSize(int value) {
            this.minPoolSize = value;
            return this;
        }

        public Builder maxPoolSize(int value) {
            this.maxPoolSize = value;
            return this;
        }

        public Builder maxConnecting(int value) {
            this.maxConnecting = value;
            return this;
        }

        public Builder waitQueueTimeoutMS(long value) {
            this.waitQueueTimeoutMS = value;
            return this;
        }

        public Builder maxIdleTimeMS(long value) {
            this.maxIdleTimeMS = value;
            return this;
        }

        public Builder maxLifetimeMS(long value) {
            this.maxLifetimeMS = value;
            return this;
        }

        public Builder maintenanceIntervalMS(long value) {
            this.maintenanceIntervalMS = value;
            return this;
        }

        public Builder jmxEnabled(boolean value) {
            this.jmxEnabled = value;
            return this;
        }

        public ConnectionPoolSettings build() {
            return new ConnectionPoolSettings(minPoolSize, maxPoolSize, maxConnecting, waitQueueTimeoutMS,
                    maxIdleTimeMS, maxLifetimeMS, maintenanceIntervalMS, jmxEnabled);
        }
    }
}
