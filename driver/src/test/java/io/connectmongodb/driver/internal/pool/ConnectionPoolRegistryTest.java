package io.connectmongodb.driver.internal.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoPoolClearedException;
import io.connectmongodb.driver.error.MongoPoolClosedException;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import java.util.List;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class ConnectionPoolRegistryTest {
    private static final ServerAddress A = ServerAddress.of("127.0.0.1", 27017);
    private static final MongoSocketException CAUSE = new MongoSocketException("reset", A);

    private final ConnectionPoolRegistry registry = new ConnectionPoolRegistry(address -> ConnectionPool.create(address,
            new StubConnectionFactory(), ConnectionPoolSettings.builder().jmxEnabled(false).maintenanceIntervalMS(-1).build(),
            List.of()));

    @Test
    void theTopologyDrivesReadyClearAndGenerations() {
        assertEquals(0, registry.generation(A));
        registry.clear(A, null, false, CAUSE); // no pool yet: nothing to clear
        registry.markReady(A);
        ConnectionPool pool = registry.pool(A);
        assertSame(pool, registry.pool(A));
        pool.checkOut().close();
        registry.clear(A, null, false, CAUSE);
        assertEquals(1, registry.generation(A));
        assertThrows(MongoPoolClearedException.class, pool::checkOut);
        registry.markReady(A);
        pool.checkOut().close();
        registry.close();
        assertThrows(MongoPoolClosedException.class, pool::checkOut);
    }

    @Test
    void perServiceClearingIsRefusedAsUnsupported() {
        registry.markReady(A);
        assertThrows(MongoUnsupportedFeatureException.class, () -> registry.clear(A, new ObjectId(), false, CAUSE));
        registry.close();
    }
}
