package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;

/** Sending a request failed because the network broke or the server closed the connection. */
public class MongoSocketWriteException extends MongoSocketException {
    private static final long serialVersionUID = 1L;

    public MongoSocketWriteException(String message, ServerAddress serverAddress, Throwable cause) {
        super(message, serverAddress, cause);
    }
}
