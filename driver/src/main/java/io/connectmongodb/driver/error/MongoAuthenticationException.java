package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;

/**
 * Authentication failed: the server rejected the user or password, does not offer the mechanism,
 * or proved to be an impostor (its SCRAM signature did not match). The connection it happened on
 * is closed. The message and {@link #toString()} carry the mechanism, the source database and the
 * server, never the password.
 */
public class MongoAuthenticationException extends MongoSecurityException {
    private static final long serialVersionUID = 1L;

    private final String mechanism;
    private final String source;
    private final transient ServerAddress serverAddress;

    public MongoAuthenticationException(String reason, String mechanism, String source, ServerAddress serverAddress,
            Throwable cause) {
        super("Authentication with " + mechanism + " against source '" + source + "' on " + serverAddress
                + " failed: " + reason, cause);
        this.mechanism = mechanism;
        this.source = source;
        this.serverAddress = serverAddress;
    }

    /** The mechanism that was tried, such as {@code SCRAM-SHA-256}. */
    public String mechanism() {
        return mechanism;
    }

    /** The database that holds the user, such as {@code admin}. */
    public String source() {
        return source;
    }

    public ServerAddress serverAddress() {
        return serverAddress;
    }
}
