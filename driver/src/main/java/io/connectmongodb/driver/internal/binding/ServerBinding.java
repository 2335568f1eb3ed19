package io.connectmongodb.driver.internal.binding;

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

    /** Releases every server and connection. */
    @Override
    void close();
}
