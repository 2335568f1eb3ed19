package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;

/** Reading a reply failed: the server closed the connection, or the network broke mid-reply. */
public class MongoSocketReadException extends MongoSocketException {
    private static final long serialVersionUID = 1L;

    public MongoSocketReadException(String message, ServerAddress serverAddress, Throwable cause) {
        super(message, serverAddress, cause);
    }

    public MongoSocketReadException(String message, ServerAddress serverAddress) {
        super(message, serverAddress);
    }
}
