package io.connectmongodb.driver.error;

/**
 * A change stream cannot continue for a reason found by the driver, such as an event without the
 * {@code _id} resume token (a pipeline that projected it away), so resuming would be unsafe.
 */
public class MongoChangeStreamException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    public MongoChangeStreamException(String message) {
        super(message);
    }

    public MongoChangeStreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
