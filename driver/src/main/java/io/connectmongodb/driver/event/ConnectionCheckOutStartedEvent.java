package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;

/** A thread began to check out a connection. */
public record ConnectionCheckOutStartedEvent(ServerAddress address) {
}
