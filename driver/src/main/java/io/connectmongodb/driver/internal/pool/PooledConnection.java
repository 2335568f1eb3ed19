package io.connectmongodb.driver.internal.pool;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoException;
import io.connectmongodb.driver.error.MongoPoolClearedException;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionDescription;
import io.connectmongodb.driver.internal.connection.DocumentSequence;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.BsonDocument;

/**
 * A connection owned by a {@link ConnectionPool}: the opened connection plus the pool's book-keeping
 * (CMAP id, generation, creation and last check-in instants). {@link #close()} checks it back in;
 * a second close is a no-op, and using it after check-in fails, so a connection can never be
 * handed out twice.
 */
public final class PooledConnection implements Connection {
    private final ConnectionPool pool;
    private final long id;
    private final int generation;
    private final long createdNanos;
    private final AtomicBoolean checkedOut = new AtomicBoolean();
    private volatile Connection opened;
    private volatile long lastCheckedInNanos;
    private volatile boolean interrupted;
    /** Set (under the pool lock) when a clear interrupts this connection while it is being established. */
    boolean establishmentInterrupted;

    PooledConnection(ConnectionPool pool, long id, int generation, long createdNanos) {
        this.pool = pool;
        this.id = id;
        this.generation = generation;
        this.createdNanos = createdNanos;
        this.lastCheckedInNanos = createdNanos;
    }

    /** The CMAP connection id: 1, 2, 3... in order of creation within the pool. */
    public long id() {
        return id;
    }

    /** The pool generation this connection was created in; a clear makes it stale. */
    public int generation() {
        return generation;
    }

    public ServerAddress address() {
        return pool.address();
    }

    @Override
    public ConnectionDescription description() {
        return usable().description();
    }

    @Override
    public BsonDocument command(BsonDocument command, List<DocumentSequence> sequences) {
        Connection connection = usable();
        try {
            return connection.command(command, sequences);
        } catch (MongoException e) {
            if (interrupted) {
                throw new MongoPoolClearedException("Connection to " + pool.address()
                        + " interrupted due to server monitor timeout", pool.address(), e);
            }
            throw e;
        }
    }

    @Override
    public void commandNoReply(BsonDocument command, List<DocumentSequence> sequences) {
        usable().commandNoReply(command, sequences);
    }

    /** True once checked back in, or when the underlying connection closed itself after an error. */
    @Override
    public boolean isClosed() {
        return !checkedOut.get() || opened.isClosed();
    }

    /** Checks this connection back in to its pool (at most once). */
    @Override
    public void close() {
        if (checkedOut.compareAndSet(true, false)) {
            pool.checkIn(this);
        }
    }

    @Override
    public String toString() {
        return "connection " + id + " to " + pool.address() + " (generation " + generation + ")";
    }

    private Connection usable() {
        if (!checkedOut.get()) {
            throw new IllegalStateException(this + " was already checked in to its pool");
        }
        return opened;
    }

    boolean isEstablished() {
        return opened != null;
    }

    void attach(Connection connection) {
        this.opened = connection;
    }

    void markCheckedOut() {
        checkedOut.set(true);
    }

    boolean belongsTo(ConnectionPool candidate) {
        return pool == candidate;
    }

    long createdNanos() {
        return createdNanos;
    }

    long lastCheckedInNanos() {
        return lastCheckedInNanos;
    }

    void markCheckedIn(long nowNanos) {
        lastCheckedInNanos = nowNanos;
    }

    /** Whether it can no longer be used: its connection closed itself after an error, or a clear interrupted it. */
    boolean isBroken() {
        return interrupted || opened == null || opened.isClosed();
    }

    /** Closes the underlying connection so that an operation blocked on it fails now (clear with interruptInUseConnections). */
    void interrupt() {
        interrupted = true;
        closeQuietly();
    }

    void closeQuietly() {
        Connection connection = opened;
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (RuntimeException e) {
            System.getLogger(PooledConnection.class.getName())
                    .log(System.Logger.Level.DEBUG, "closing " + this + " failed", e);
        }
    }
}
