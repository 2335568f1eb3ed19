package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;

/**
 * A network error talking to a server. The connection it happened on is closed and never reused;
 * retryable operations may retry it once.
 */
public class MongoSocketException extends MongoException {
    private static final long serialVersionUID = 1L;

    private final transient ServerAddress serverAddress;

    public MongoSocketException(String message, ServerAddress serverAddress, Throwable cause) {
        super(message, cause);
        this.serverAddress = serverAddress;
    }

    public MongoSocketException(String message, ServerAddress serverAddress) {
        super(message);
        this.serverAddress = serverAddress;
    }

    public ServerAddress serverAddress() {
        return serverAddress;
    }
}
