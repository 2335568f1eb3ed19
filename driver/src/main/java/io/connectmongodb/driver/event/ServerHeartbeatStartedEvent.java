package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;
import java.util.Objects;

/**
 * A monitor is about to check a server (published before the monitoring connection is opened).
 *
 * @param awaited whether this is a streaming (awaitable) hello; always false for polling monitors
 */
public record ServerHeartbeatStartedEvent(ServerAddress address, boolean awaited) {
    public ServerHeartbeatStartedEvent {
        Objects.requireNonNull(address, "address");
    }
}
