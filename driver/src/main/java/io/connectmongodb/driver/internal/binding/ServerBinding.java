package io.connectmongodb.driver.internal.binding;

import io.connectmongodb.driver.ServerAddress;
import java.util.Set;

/**
 * Where the client's operations get their server: a single fixed connection source, or a cluster
 * that selects a server per operation by its {@link OperationIntent}. Implementations are
 * thread-safe.
 */
public interface ServerBinding extends AutoCloseable {

    /**
     * Selects a server for one operation.
     *
     * @throws io.connectmongodb.driver.error.MongoServerSelectionTimeoutException no suitable server in time
     * @throws io.connectmongodb.driver.error.MongoCircuitOpenException every suitable server's breaker is open
     */
    ServerLease lease(OperationIntent intent);

    /**
     * Selects a server for one operation with constraints from the session specs: {@code pinned}
     * (a transaction's mongos; null for none) must be the one chosen, and {@code deprioritized}
     * servers (a mongos a retried operation failed on) are chosen only when no other is suitable.
     * A binding with a single server has nothing to choose, so the default ignores both.
     */
    default ServerLease lease(OperationIntent intent, ServerAddress pinned, Set<ServerAddress> deprioritized) {
        return lease(intent);
    }

    /** Releases every server and connection. */
    @Override
    void close();
}
