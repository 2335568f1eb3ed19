package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;

/** A server did not answer within {@code socketTimeoutMS}. */
public class MongoSocketReadTimeoutException extends MongoSocketException {
    private static final long serialVersionUID = 1L;

    public MongoSocketReadTimeoutException(String message, ServerAddress serverAddress, Throwable cause) {
        super(message, serverAddress, cause);
    }
}
