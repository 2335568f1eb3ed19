package io.connectmongodb.driver.error;

/**
 * A connection string or setting is invalid. It is an {@link IllegalArgumentException} because it
 * is bad input, found before anything is sent.
 */
public class MongoConfigurationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MongoConfigurationException(String message) {
        super(message);
    }

    public MongoConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
