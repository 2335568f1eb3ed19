package io.connectmongodb.driver.internal.pool;

import io.connectmongodb.driver.pool.ConnectionPoolStatistics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import io.connectmongodb.driver.internal.topology.PoolClearer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bson.types.ObjectId;

/**
 * The connection pools of one client, one per server, and the {@link PoolClearer} the topology
 * drives them through: a server's pool is created on first use (or when its first check succeeds),
 * cleared on SDAM errors, made ready after successful checks and closed when the server leaves.
 * Clearing per {@code serviceId} (load-balanced mode) is not supported yet and says so.
 */
public final class ConnectionPoolRegistry implements PoolClearer, AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(ConnectionPoolRegistry.class.getName());

    private final Function<ServerAddress, ConnectionPool> poolFactory;
    private final Map<ServerAddress, ConnectionPool> pools = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** @param poolFactory creates the (paused) pool of a server, for example with {@link ConnectionPool#create} */
    public ConnectionPoolRegistry(Function<ServerAddress, ConnectionPool> poolFactory) {
        this.poolFactory = Objects.requireNonNull(poolFactory, "poolFactory");
    }

    /** The pool of {@code address}, created (paused) when it does not exist yet. */
    public ConnectionPool pool(ServerAddress address) {
        if (closed) {
            throw new IllegalStateException("the connection pools are closed");
        }
        return pools.computeIfAbsent(address, poolFactory);
    }

    /** The pool of {@code address} if it exists; never creates one. */
    public Optional<ConnectionPool> existing(ServerAddress address) {
        return Optional.ofNullable(pools.get(address));
    }

    /** A snapshot of every pool, ordered by address. */
    public List<ConnectionPoolStatistics> statistics() {
        List<ConnectionPoolStatistics> all = new ArrayList<>();
        pools.values().forEach(pool -> all.add(pool.statistics()));
        all.sort(Comparator.comparing(s -> s.address().toString()));
        return all;
    }

    /** Closes and forgets the pool of a server that left the topology. */
    public void remove(ServerAddress address) {
        ConnectionPool pool = pools.remove(address);
        if (pool != null) {
            pool.close();
        }
    }

    @Override
    public void clear(ServerAddress address, ObjectId serviceId, boolean interruptInUseConnections, Throwable cause) {
        if (serviceId != null) {
            throw new MongoUnsupportedFeatureException("clearing a connection pool per serviceId (load-balanced mode) is not supported");
        }
        ConnectionPool pool = pools.get(address);
        if (pool != null) {
            LOGGER.log(System.Logger.Level.DEBUG, () -> "clearing the connection pool for " + address + ": " + cause);
            pool.clear(interruptInUseConnections);
        }
    }

    @Override
    public void markReady(ServerAddress address) {
        if (!closed) {
            pool(address).ready();
        }
    }

    @Override
    public int generation(ServerAddress address) {
        ConnectionPool pool = pools.get(address);
        return pool == null ? 0 : pool.generation();
    }

    @Override
    public void close() {
        closed = true;
        pools.keySet().forEach(this::remove);
    }
}
