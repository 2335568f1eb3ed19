package io.connectmongodb.driver.error;

/**
 * A security check failed: authentication, or the verification of a server's identity. Messages
 * name the mechanism and the credential's source database but never a password or derived key.
 */
public class MongoSecurityException extends MongoClientException {
    private static final long serialVersionUID = 1L;

    public MongoSecurityException(String message) {
        super(message);
    }

    public MongoSecurityException(String message, Throwable cause) {
        super(message, cause);
    }
}
