package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;
import java.util.Objects;

/** A server check failed with {@code error} after {@code durationMillis}. */
public record ServerHeartbeatFailedEvent(ServerAddress address, Throwable error, double durationMillis,
                                         boolean awaited) {
    public ServerHeartbeatFailedEvent {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(error, "error");
    }
}
