package io.connectmongodb.driver.error;

/** The client was closed before this async operation could finish (or start). */
public class MongoClientClosedException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    public MongoClientClosedException(String message) {
        super(message);
    }
}
