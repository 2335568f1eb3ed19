package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;

/** Opening a connection to a server failed (refused, unreachable, or the handshake failed on the network). */
public class MongoSocketOpenException extends MongoSocketException {
    private static final long serialVersionUID = 1L;

    public MongoSocketOpenException(String message, ServerAddress serverAddress, Throwable cause) {
        super(message, serverAddress, cause);
    }
}
