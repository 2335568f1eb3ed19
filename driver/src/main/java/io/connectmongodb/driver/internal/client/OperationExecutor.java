package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.internal.binding.OperationIntent;
import io.connectmongodb.driver.internal.binding.ServerBinding;
import io.connectmongodb.driver.internal.binding.ServerLease;
import io.connectmongodb.driver.internal.operation.Operation;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs operations on servers leased from the client's {@link ServerBinding}: a read goes to a
 * server chosen with the client's read preference, a write (and any command that must reach the
 * primary) to a writable server. The lease learns the operation's outcome, which feeds load
 * balancing and the circuit breakers. A closed client refuses to run operations with a clear
 * message rather than a connection error.
 */
public final class OperationExecutor {
    private final ServerBinding binding;
    private final ReadPreference readPreference;
    private final AtomicBoolean closed = new AtomicBoolean();

    public OperationExecutor(ServerBinding binding, ReadPreference readPreference) {
        this.binding = binding;
        this.readPreference = readPreference;
    }

    /** Runs a read with the client's read preference. */
    public <R> R read(Operation<R> operation) {
        return execute(OperationIntent.forRead(readPreference), operation);
    }

    /** Runs a read that must see the primary's data (runCommand, listings used before writes). */
    public <R> R readPrimary(Operation<R> operation) {
        return execute(OperationIntent.forRead(ReadPreference.primary()), operation);
    }

    /** Runs a write on a writable server. */
    public <R> R write(Operation<R> operation) {
        return execute(OperationIntent.forWrite(), operation);
    }

    public <R> R execute(OperationIntent intent, Operation<R> operation) {
        if (closed.get()) {
            throw new IllegalStateException("the MongoClient was closed; create a new one to run operations");
        }
        ServerLease lease = binding.lease(intent);
        R result;
        try {
            result = operation.execute(lease);
        } catch (RuntimeException | Error e) {
            lease.failed(e);
            throw e;
        }
        lease.succeeded();
        return result;
    }

    /** Closes the binding once; later calls do nothing. */
    public void close() {
        if (closed.compareAndSet(false, true)) {
            binding.close();
        }
    }
}
