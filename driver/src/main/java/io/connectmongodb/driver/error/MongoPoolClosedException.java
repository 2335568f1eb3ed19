package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;

/** A checkout was attempted on (or was waiting in) a connection pool that has been closed. */
public class MongoPoolClosedException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    private final transient ServerAddress serverAddress;

    public MongoPoolClosedException(String message, ServerAddress serverAddress) {
        super(message);
        this.serverAddress = serverAddress;
    }

    public ServerAddress serverAddress() {
        return serverAddress;
    }
}
