package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;

/** The pool created a connection that is about to be established (not yet usable). Ids start at 1 per pool. */
public record ConnectionCreatedEvent(ServerAddress address, long connectionId) {
}
