package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.internal.binding.OperationIntent;
import io.connectmongodb.driver.internal.binding.ServerBinding;
import io.connectmongodb.driver.internal.binding.ServerLease;
import io.connectmongodb.driver.internal.operation.Operation;
import io.connectmongodb.driver.internal.session.ContextConnectionSource;
import io.connectmongodb.driver.internal.session.OperationContext;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs operations on servers leased from the client's {@link ServerBinding}: a read goes to a
 * server chosen with the scope's read preference, a write (and any command that must reach the
 * primary) to a writable server. Every command of the operation passes through an
 * {@link OperationContext} built from the scope, which adds the read or write concern. The lease
 * learns the operation's outcome, which feeds load balancing and the circuit breakers.
 *
 * <p>An executor is a view: {@link #withScope} gives one with other concerns over the same
 * binding, so the client, its databases and collections share one "closed" state. A closed client
 * refuses to run operations with a clear message rather than a connection error.
 */
public final class OperationExecutor {
    private final ServerBinding binding;
    private final AtomicBoolean closed;
    private final OperationScope scope;

    public OperationExecutor(ServerBinding binding, OperationScope scope) {
        this(binding, new AtomicBoolean(), scope);
    }

    private OperationExecutor(ServerBinding binding, AtomicBoolean closed, OperationScope scope) {
        this.binding = binding;
        this.closed = closed;
        this.scope = scope;
    }

    public OperationScope scope() {
        return scope;
    }

    /** The same executor with other read preference and concerns. */
    public OperationExecutor withScope(OperationScope newScope) {
        return new OperationExecutor(binding, closed, newScope);
    }

    /** Runs a read with the scope's read preference. */
    public <R> R read(Operation<R> operation) {
        return execute(OperationIntent.forRead(scope.readPreference()), operation);
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
        requireOpen();
        OperationContext context = new OperationContext(scope.readConcern(), scope.writeConcern());
        ServerLease lease = binding.lease(intent);
        R result;
        try {
            result = operation.execute(new ContextConnectionSource(lease, context));
        } catch (RuntimeException | Error e) {
            lease.failed(e);
            throw e;
        }
        lease.succeeded();
        return result;
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Closes the binding once; later calls do nothing. */
    public void close() {
        if (closed.compareAndSet(false, true)) {
            binding.close();
        }
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the MongoClient was closed; create a new one to run operations");
        }
    }
}
