package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;

/**
 * Opens new connections: connects the stream and runs the handshake (and, later, authentication).
 * Pools and connection sources sit on top of this; tests substitute stubs.
 */
@FunctionalInterface
public interface ConnectionFactory {

    /**
     * A new, handshaken connection to {@code address}.
     *
     * @throws io.connectmongodb.driver.error.MongoSocketOpenException when the server cannot be reached
     * @throws io.connectmongodb.driver.error.MongoIncompatibleServerException when its wire version is too old
     */
    Connection open(ServerAddress address);
}
