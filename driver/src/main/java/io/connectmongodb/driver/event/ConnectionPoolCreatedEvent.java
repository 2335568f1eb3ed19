package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;

/** A connection pool was created (it starts paused). */
public record ConnectionPoolCreatedEvent(ServerAddress address, ConnectionPoolSettings settings) {
}
