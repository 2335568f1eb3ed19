package io.connectmongodb.driver.internal.binding;

import io.connectmongodb.driver.internal.connection.ConnectionSource;

/**
 * The server chosen for one operation, as a {@link ConnectionSource}: every {@link #acquire()}
 * yields a connection to that same server (so a cursor's {@code getMore} reaches the server that
 * holds it). The operation's runner reports its outcome exactly once with {@link #succeeded()} or
 * {@link #failed(Throwable)}; this feeds load balancing and circuit breaking. The lease stays
 * usable afterwards for the cursor's later batches. {@link #close()} refuses further acquires.
 */
public interface ServerLease extends ConnectionSource {

    /** The operation finished normally (its cursor, if any, may still fetch more batches). */
    void succeeded();

    /** The operation failed with {@code error}; only server failures count against the server. */
    void failed(Throwable error);
}
