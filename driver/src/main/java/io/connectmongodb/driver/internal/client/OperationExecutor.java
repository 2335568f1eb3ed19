package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.internal.connection.ConnectionSource;
import io.connectmongodb.driver.internal.operation.Operation;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs operations against the client's connection source and refuses to once the client is
 * closed, so a closed client fails with a clear message rather than a connection error.
 */
public final class OperationExecutor {
    private final ConnectionSource source;
    private final AtomicBoolean closed = new AtomicBoolean();

    public OperationExecutor(ConnectionSource source) {
        this.source = source;
    }

    public <R> R execute(Operation<R> operation) {
        if (closed.get()) {
            throw new IllegalStateException("the MongoClient was closed; create a new one to run operations");
        }
        return operation.execute(source);
    }

    /** Closes the source once; later calls do nothing. */
    public void close() {
        if (closed.compareAndSet(false, true)) {
            source.close();
        }
    }
}
