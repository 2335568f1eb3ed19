package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;

/** A connection was handed back to its pool. */
public record ConnectionCheckedInEvent(ServerAddress address, long connectionId) {
}
