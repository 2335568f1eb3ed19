package io.connectmongodb.driver.internal.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.event.ConnectionClosedReason;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectionExpiryTest {
    private static final ServerAddress ADDRESS = ServerAddress.of("127.0.0.1", 27017);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final ConnectionPool pool = ConnectionPool.create(ADDRESS, new StubConnectionFactory(),
            ConnectionPoolSettings.builder().jmxEnabled(false).maintenanceIntervalMS(-1).build(), List.of());

    @AfterEach
    void closePool() {
        pool.close();
    }

    private PooledConnection opened(int generation, long createdNanos) {
        PooledConnection connection = new PooledConnection(pool, 1, generation, createdNanos);
        connection.attach(new StubConnection(ADDRESS));
        return connection;
    }

    @Test
    void staleBeforeBrokenBeforeExpired() {
        ConnectionExpiry expiry = new ConnectionExpiry(ConnectionPoolSettings.builder().maxIdleTimeMS(1_000).build());
        PooledConnection connection = opened(0, 0);
        assertNull(expiry.perishedReason(connection, 0, SECOND / 2));
        assertEquals(ConnectionClosedReason.IDLE, expiry.perishedReason(connection, 0, SECOND));
        assertEquals(ConnectionClosedReason.STALE, expiry.perishedReason(connection, 1, SECOND));
        PooledConnection unopened = new PooledConnection(pool, 2, 0, 0);
        assertEquals(ConnectionClosedReason.ERROR, expiry.perishedReason(unopened, 0, 0));
    }

    @Test
    void idleTimeCountsFromTheLastCheckInAndLifetimeFromCreation() {
        ConnectionExpiry expiry = new ConnectionExpiry(ConnectionPoolSettings.builder()
                .maxIdleTimeMS(1_000).maxLifetimeMS(5_000).build());
        PooledConnection connection = opened(0, 0);
        connection.markCheckedIn(4 * SECOND);
        assertNull(expiry.perishedReason(connection, 0, 4 * SECOND + SECOND / 2));
        assertEquals(ConnectionClosedReason.IDLE, expiry.perishedReason(connection, 0, 5 * SECOND), "lifetime reached");
    }

    @Test
    void zeroLimitsMeanNoLimit() {
        ConnectionExpiry expiry = new ConnectionExpiry(ConnectionPoolSettings.builder().build());
        assertNull(expiry.perishedReason(opened(3, 0), 3, 1_000_000 * SECOND));
    }
}
