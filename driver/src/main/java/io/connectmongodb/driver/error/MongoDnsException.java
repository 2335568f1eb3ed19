package io.connectmongodb.driver.error;

/**
 * A DNS lookup needed for a {@code mongodb+srv} connection string failed (the resolver could not
 * be reached, timed out, or returned an error), as opposed to answering with no records.
 */
public class MongoDnsException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    public MongoDnsException(String message) {
        super(message);
    }

    public MongoDnsException(String message, Throwable cause) {
        super(message, cause);
    }
}
