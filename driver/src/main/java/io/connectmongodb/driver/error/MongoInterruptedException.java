package io.connectmongodb.driver.error;

/**
 * The calling thread was interrupted while the driver was blocked on its behalf (waiting for a
 * pooled connection, for example). The thread's interrupt status is set again before this is thrown.
 */
public class MongoInterruptedException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    public MongoInterruptedException(String message, InterruptedException cause) {
        super(message, cause);
    }
}
