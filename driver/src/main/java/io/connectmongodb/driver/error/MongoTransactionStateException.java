package io.connectmongodb.driver.error;

/**
 * A transaction method was called in a state that does not allow it, such as commit after abort,
 * abort after commit, or starting a transaction while one is in progress.
 */
public class MongoTransactionStateException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    public MongoTransactionStateException(String message) {
        super(message);
    }
}
