package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;
import java.time.Duration;

/** A checkout failed; {@code duration} runs from its start event. */
public record ConnectionCheckOutFailedEvent(ServerAddress address, ConnectionCheckOutFailedReason reason, Duration duration) {
}
