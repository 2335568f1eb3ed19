package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;

/**
 * A checkout failed because the pool was cleared (or is paused until the next successful server
 * check), or an in-use connection was interrupted by a clear. Per CMAP this is retryable and must
 * not mark the server Unknown: retry logic may select a server again.
 */
public class MongoPoolClearedException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    private final transient ServerAddress serverAddress;

    public MongoPoolClearedException(String message, ServerAddress serverAddress) {
        super(message);
        this.serverAddress = serverAddress;
    }

    public MongoPoolClearedException(String message, ServerAddress serverAddress, Throwable cause) {
        super(message, cause);
        this.serverAddress = serverAddress;
    }

    public ServerAddress serverAddress() {
        return serverAddress;
    }
}
