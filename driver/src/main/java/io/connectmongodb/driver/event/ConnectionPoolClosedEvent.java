package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;

/** A pool was closed; its available connections were closed first. */
public record ConnectionPoolClosedEvent(ServerAddress address) {
}
