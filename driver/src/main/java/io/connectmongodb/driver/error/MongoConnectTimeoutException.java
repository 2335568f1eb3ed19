package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;

/** Opening a connection took longer than {@code connectTimeoutMS}. */
public class MongoConnectTimeoutException extends MongoSocketOpenException {
    private static final long serialVersionUID = 1L;

    public MongoConnectTimeoutException(String message, ServerAddress serverAddress, Throwable cause) {
        super(message, serverAddress, cause);
    }
}
