package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;

/**
 * No connection could be checked out of a pool within its wait queue timeout: the pool was at
 * {@code maxPoolSize} (or at {@code maxConnecting} pending opens) the whole time. The message names
 * the pool and its figures at the moment of the timeout.
 */
public class MongoConnectionPoolTimeoutException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    private final transient ServerAddress serverAddress;

    public MongoConnectionPoolTimeoutException(String message, ServerAddress serverAddress) {
        super(message);
        this.serverAddress = serverAddress;
    }

    public ServerAddress serverAddress() {
        return serverAddress;
    }
}
