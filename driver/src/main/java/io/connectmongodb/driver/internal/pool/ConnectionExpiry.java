package io.connectmongodb.driver.internal.pool;

import io.connectmongodb.driver.event.ConnectionClosedReason;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import java.util.concurrent.TimeUnit;

/**
 * Decides whether an idle connection may still be handed out, checked in this order: a connection
 * of an older generation is stale (a clear happened since it was created); one whose socket closed
 * itself or that a clear interrupted is broken; one idle for {@code maxIdleTimeMS} or alive for
 * {@code maxLifetimeMS} (when set) has expired. The limits are converted to nanoseconds once.
 */
final class ConnectionExpiry {
    private final long maxIdleNanos;
    private final long maxLifetimeNanos;

    ConnectionExpiry(ConnectionPoolSettings settings) {
        this.maxIdleNanos = TimeUnit.MILLISECONDS.toNanos(settings.maxIdleTimeMS());
        this.maxLifetimeNanos = TimeUnit.MILLISECONDS.toNanos(settings.maxLifetimeMS());
    }

    /** Why {@code connection} can no longer be used at {@code nowNanos}, or {@code null} when it still can. */
    ConnectionClosedReason perishedReason(PooledConnection connection, int currentGeneration, long nowNanos) {
        if (connection.generation() != currentGeneration) {
            return ConnectionClosedReason.STALE;
        }
        if (connection.isBroken()) {
            return ConnectionClosedReason.ERROR;
        }
        if (maxIdleNanos > 0 && nowNanos - connection.lastCheckedInNanos() >= maxIdleNanos) {
            return ConnectionClosedReason.IDLE;
        }
        if (maxLifetimeNanos > 0 && nowNanos - connection.createdNanos() >= maxLifetimeNanos) {
            return ConnectionClosedReason.IDLE;
        }
        return null;
    }
}
