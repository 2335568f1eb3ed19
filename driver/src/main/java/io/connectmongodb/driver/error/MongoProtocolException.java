package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;

/**
 * A server sent something that breaks the wire protocol: a bad message length, a wrong
 * {@code responseTo}, an unknown section kind, malformed BSON or a reply over the negotiated
 * limits. The connection is closed and never reused.
 */
public class MongoProtocolException extends MongoSocketException {
    private static final long serialVersionUID = 1L;

    public MongoProtocolException(String message, ServerAddress serverAddress) {
        super(message, serverAddress);
    }

    public MongoProtocolException(String message, ServerAddress serverAddress, Throwable cause) {
        super(message, serverAddress, cause);
    }
}
