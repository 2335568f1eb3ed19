package io.connectmongodb.driver.error;

/**
 * No suitable server was found within {@code serverSelectionTimeoutMS}. The message says what was
 * wanted and what the topology looked like.
 */
public class MongoServerSelectionTimeoutException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    public MongoServerSelectionTimeoutException(String message) {
        super(message);
    }

    public MongoServerSelectionTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
