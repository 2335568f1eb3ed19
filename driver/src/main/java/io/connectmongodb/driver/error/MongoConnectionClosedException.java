package io.connectmongodb.driver.error;

/**
 * A connection (or connection source) was used after it was closed, either by its owner or
 * because an earlier I/O error broke it. A closed connection is never reopened.
 */
public class MongoConnectionClosedException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    public MongoConnectionClosedException(String message) {
        super(message);
    }
}
