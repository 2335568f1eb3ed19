package io.connectmongodb.driver.error;

/** A problem found by the driver itself, not reported by a server. */
public class MongoClientException extends MongoException {
    private static final long serialVersionUID = 1L;

    public MongoClientException(String message) {
        super(message);
    }

    public MongoClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
