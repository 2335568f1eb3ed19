package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;

/**
 * Where operations get connections to one server. The connection pool implements this; so does the
 * simple single-server source used before the pool exists. Closing a connection obtained here hands
 * it back; a connection that had an I/O error is discarded, never handed out again.
 */
public interface ConnectionSource extends AutoCloseable {

    ServerAddress address();

    /** A ready, handshaken connection. Blocks at most the configured timeouts. */
    Connection acquire();

    /** Closes every idle connection and refuses further {@link #acquire()} calls. */
    @Override
    void close();
}
