package io.connectmongodb.driver.error;

/**
 * A document or message is larger than the server accepts ({@code maxBsonObjectSize} or
 * {@code maxMessageSizeBytes}). Thrown while encoding, before anything is sent, so the connection
 * stays usable.
 */
public class MongoSizeLimitExceededException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MongoSizeLimitExceededException(String message) {
        super(message);
    }
}
