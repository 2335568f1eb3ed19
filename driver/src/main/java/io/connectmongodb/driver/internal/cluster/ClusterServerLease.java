package io.connectmongodb.driver.internal.cluster;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoConnectionPoolTimeoutException;
import io.connectmongodb.driver.error.MongoPoolClearedException;
import io.connectmongodb.driver.error.MongoPoolClosedException;
import io.connectmongodb.driver.internal.balancing.ServerOperation;
import io.connectmongodb.driver.internal.binding.ServerLease;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.pool.ConnectionPool;
import io.connectmongodb.driver.internal.pool.PooledConnection;
import io.connectmongodb.driver.internal.topology.ApplicationError;
import io.connectmongodb.driver.internal.topology.Topology;
import org.bson.BsonDocument;

/**
 * One operation's hold on the server the cluster selected: connections come from that server's
 * pool (the pool object captured at selection, so a cursor never reaches a new pool of a server
 * that left), wrapped as {@link ClusterConnection}s. A failure to check a connection out that is
 * not the pool's own doing (a connection that could not be established) goes to SDAM error
 * handling as a pre-handshake error. The outcome goes to the load balancer's
 * {@link ServerOperation}, once.
 */
final class ClusterServerLease implements ServerLease {
    private final ServerOperation operation;
    private final ConnectionPool pool;
    private final BsonDocument readPreference;
    private final Topology topology;
    private final CommandEventPublisher events;
    private final ServerDrain drain;
    private volatile boolean closed;

    ClusterServerLease(ServerOperation operation, ConnectionPool pool, BsonDocument readPreference, Topology topology,
                       CommandEventPublisher events, ServerDrain drain) {
        this.operation = operation;
        this.pool = pool;
        this.readPreference = readPreference;
        this.topology = topology;
        this.events = events;
        this.drain = drain;
    }

    @Override
    public ServerAddress address() {
        return pool.address();
    }

    /** The {@code $readPreference} this lease's commands carry, or {@code null}. */
    BsonDocument readPreference() {
        return readPreference;
    }

    @Override
    public Connection acquire() {
        if (closed) {
            throw new MongoPoolClosedException("the lease on " + address() + " was closed", address());
        }
        int generation = pool.generation();
        PooledConnection connection;
        try {
            connection = pool.checkOut();
        } catch (RuntimeException e) {
            if (!isPoolOwnFailure(e)) {
                topology.handleApplicationError(new ApplicationError(address(), e, generation, 0, false, null));
            }
            throw e;
        }
        drain.connectionTaken(address());
        return new ClusterConnection(connection, readPreference, topology, events, drain);
    }

    @Override
    public void succeeded() {
        operation.succeeded();
    }

    @Override
    public void failed(Throwable error) {
        operation.failed(error);
    }

    @Override
    public void close() {
        closed = true;
    }

    private static boolean isPoolOwnFailure(RuntimeException e) {
        return e instanceof MongoPoolClearedException || e instanceof MongoPoolClosedException
                || e instanceof MongoConnectionPoolTimeoutException;
    }
}
