package io.connectmongodb.driver.event;

import io.connectmongodb.driver.ServerAddress;

/**
 * A ready pool was cleared: its generation was incremented, it was paused and its waiting
 * checkouts failed.
 *
 * @param interruptInUseConnections whether in-use and pending connections were interrupted as well
 */
public record ConnectionPoolClearedEvent(ServerAddress address, int newGeneration, boolean interruptInUseConnections) {
}
