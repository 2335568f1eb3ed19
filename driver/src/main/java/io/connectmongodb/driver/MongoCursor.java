package io.connectmongodb.driver;

import java.util.Iterator;

/**
 * Iterates the results of a query, fetching further batches from the server as needed. Not
 * thread-safe. Close it when stopping early so the server can free the cursor; using it after
 * {@link #close()} fails with {@link IllegalStateException}.
 */
public interface MongoCursor<T> extends Iterator<T>, AutoCloseable {

    /**
     * The next result if one is available without waiting for more than one round trip, otherwise
     * {@code null}. Unlike {@link #hasNext()} it never blocks repeatedly.
     */
    T tryNext();

    /** The server's id for this cursor, or {@code null} once the server cursor is exhausted or closed. */
    Long getServerCursorId();

    /** Frees the server cursor if it is still open. Calling it again does nothing. */
    @Override
    void close();
}
