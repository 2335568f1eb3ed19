package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;

/** A paused pool was marked ready after a successful server check; checkouts may proceed. */
public record ConnectionPoolReadyEvent(ServerAddress address) {
}
