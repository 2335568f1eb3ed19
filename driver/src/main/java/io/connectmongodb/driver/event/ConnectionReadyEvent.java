package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;
import java.time.Duration;

/** A connection finished its handshake; {@code duration} runs from its creation event. */
public record ConnectionReadyEvent(ServerAddress address, long connectionId, Duration duration) {
}
