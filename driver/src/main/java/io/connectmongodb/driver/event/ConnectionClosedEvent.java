package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;

/** The pool closed a connection, for {@code reason}. */
public record ConnectionClosedEvent(ServerAddress address, long connectionId, ConnectionClosedReason reason) {
}
