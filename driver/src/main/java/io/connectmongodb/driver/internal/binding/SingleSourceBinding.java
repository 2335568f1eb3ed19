package io.connectmongodb.driver.internal.binding;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionSource;
import java.util.Objects;

/**
 * A binding to one fixed {@link ConnectionSource}: every operation, read or write, uses it and no
 * selection or outcome tracking happens. For tests that script a connection source, and for tools
 * that already hold one.
 */
public final class SingleSourceBinding implements ServerBinding {
    private final ConnectionSource source;

    public SingleSourceBinding(ConnectionSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    public ConnectionSource source() {
        return source;
    }

    @Override
    public ServerLease lease(OperationIntent intent) {
        Objects.requireNonNull(intent, "intent");
        return new ServerLease() {
            @Override
            public void succeeded() {
                // nothing tracks outcomes for a fixed source
            }

            @Override
            public void failed(Throwable error) {
                // nothing tracks outcomes for a fixed source
            }

            @Override
            public ServerAddress address() {
                return source.address();
            }

            @Override
            public Connection acquire() {
                return source.acquire();
            }

            @Override
            public void close() {
                // the source outlives the lease; it is closed with the binding
            }
        };
    }

    @Override
    public void close() {
        source.close();
    }
}
