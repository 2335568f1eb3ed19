package io.connectmongodb.driver.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoConnectionClosedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The simplest correct {@link ConnectionSource} for one server, until the CMAP pool replaces it.
 *
 * <p>Idle connections wait in a LIFO deque (the most recently used one is warmest and least likely
 * to have been dropped by a firewall). {@link #acquire()} takes the newest idle connection that is
 * still open, discarding closed ones, or opens a new one through the factory outside the lock.
 * The caller gets a {@link LeasedConnection} whose {@code close()} hands the real connection back:
 * it rejoins the deque only if it is still open and the source is still open; otherwise it is
 * closed. There is no size limit and no idle timeout. {@link #close()} closes every idle
 * connection; connections still leased are closed when handed back, and later {@code acquire()}s
 * fail with {@link MongoConnectionClosedException} ("connection source closed").
 */
public final class SingleServerConnectionSource implements ConnectionSource {
    private final ServerAddress address;
    private final ConnectionFactory factory;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    public SingleServerConnectionSource(ServerAddress address, ConnectionFactory factory) {
        this.address = Objects.requireNonNull(address, "address");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public ServerAddress address() {
        return address;
    }

    @Override
    public Connection acquire() {
        while (true) {
            Connection candidate;
            lock.lock();
            try {
                requireOpen();
                candidate = idle.pollFirst();
            } finally {
                lock.unlock();
            }
            if (candidate == null) {
                break;
            }
            if (!candidate.isClosed()) {
                return new LeasedConnection(candidate, this);
            }
            candidate.close(); // already closed; makes sure its resources are released
        }
        Connection fresh = factory.open(address);
        lock.lock();
        try {
            if (closed) {
                fresh.close();
                throw sourceClosed();
            }
        } finally {
            lock.unlock();
        }
        return new LeasedConnection(fresh, this);
    }

    /** Takes back a leased connection: reused when healthy and the source is open, closed otherwise. */
    void release(Connection connection) {
        if (!connection.isClosed()) {
            lock.lock();
            try {
                if (!closed) {
                    idle.addFirst(connection);
                    return;
                }
            } finally {
                lock.unlock();
            }
        }
        connection.close();
    }

    /** How many connections wait idle; for tests and diagnostics. */
    public int idleCount() {
        lock.lock();
        try {
            return idle.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        List<Connection> toClose;
        lock.lock();
        try {
            closed = true;
            toClose = new ArrayList<>(idle);
            idle.clear();
        } finally {
            lock.unlock();
        }
        for (Connection connection : toClose) {
            connection.close();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw sourceClosed();
        }
    }

    private MongoConnectionClosedException sourceClosed() {
        return new MongoConnectionClosedException("connection source closed: " + address);
    }
}
