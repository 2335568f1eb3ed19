package io.connectmongodb.driver.error;

import io.connectmongodb.driver.ServerAddress;

/** An error reported by a server, with the server's address and error code. */
public class MongoServerException extends MongoException {
    private static final long serialVersionUID = 1L;

    private final transient ServerAddress serverAddress;
    private final int code;

    public MongoServerException(int code, String message, ServerAddress serverAddress) {
        super(message);
        this.code = code;
        this.serverAddress = serverAddress;
    }

    public ServerAddress serverAddress() {
        return serverAddress;
    }

    /** The server's error code, or -1 when it gave none. */
    public int code() {
        return code;
    }
}
