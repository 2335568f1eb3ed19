package io.connectmongodb.driver.internal.connection;

/**
 * How connections are opened and how long I/O may block.
 *
 * @param connectTimeoutMS  time allowed to open the socket (and TLS); 0 means no limit
 * @param socketTimeoutMS   time allowed for one read; 0 means no limit
 * @param applicationName   the {@code appname} sent in the handshake metadata, or {@code null}
 */
public record ConnectionSettings(int connectTimeoutMS, int socketTimeoutMS, String applicationName) {
    public static final int DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

    public ConnectionSettings {
        if (connectTimeoutMS < 0) {
            throw new IllegalArgumentException("connectTimeoutMS must not be negative, was " + connectTimeoutMS);
        }
        if (socketTimeoutMS < 0) {
            throw new IllegalArgumentException("socketTimeoutMS must not be negative, was " + socketTimeoutMS);
        }
    }

    /** 10 s connect timeout, no read timeout, no application name. */
    public static ConnectionSettings defaults() {
        return new ConnectionSettings(DEFAULT_CONNECT_TIMEOUT_MS, 0, null);
    }
}
