package io.connectmongodb.driver.error;

/**
 * An async operation was refused because every async worker is busy and the wait queue is full
 * ({@code maxAsyncWorkers} and {@code asyncQueueSize} in the client settings). Nothing was sent;
 * the caller may retry later or slow down.
 */
public class MongoBackpressureException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    public MongoBackpressureException(String message) {
        super(message);
    }
}
