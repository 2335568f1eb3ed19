package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;
import java.time.Duration;

/** A checkout succeeded; {@code duration} runs from its start event. */
public record ConnectionCheckedOutEvent(ServerAddress address, long connectionId, Duration duration) {
}
