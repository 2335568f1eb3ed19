package io.connectmongodb.driver.internal.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class ConnectionPoolSettingsAndJmxTest {

    @Test
    void defaults() {
        ConnectionPoolSettings settings = ConnectionPoolSettings.defaults();
        assertEquals(0, settings.minPoolSize());
        assertEquals(100, settings.maxPoolSize());
        assertEquals(2, settings.maxConnecting());
        assertEquals(120_000, settings.waitQueueTimeoutMS());
        assertEquals(0, settings.maxIdleTimeMS());
        assertEquals(0, settings.maxLifetimeMS());
        assertTrue(settings.hasMaintenance());
        assertEquals(settings, settings.toBuilder().build());
    }

    @Test
    void badValuesAreRejectedWithTheirName() {
        assertMessage("minPoolSize", () -> ConnectionPoolSettings.builder().minPoolSize(-1).build());
        assertMessage("maxPoolSize", () -> ConnectionPoolSettings.builder().maxPoolSize(-1).build());
        assertMessage("minPoolSize (5) must not exceed maxPoolSize (2)",
                () -> ConnectionPoolSettings.builder().minPoolSize(5).maxPoolSize(2).build());
        assertMessage("maxConnecting", () -> ConnectionPoolSettings.builder().maxConnecting(0).build());
        assertMessage("waitQueueTimeoutMS", () -> ConnectionPoolSettings.builder().waitQueueTimeoutMS(-5).build());
        assertMessage("maxIdleTimeMS", () -> ConnectionPoolSettings.builder().maxIdleTimeMS(-5).build());
        assertMessage("maxLifetimeMS", () -> ConnectionPoolSettings.builder().maxLifetimeMS(-5).build());
        assertMessage("maintenanceIntervalMS", () -> ConnectionPoolSettings.builder().maintenanceIntervalMS(0).build());
        ConnectionPoolSettings.builder().minPoolSize(500).maxPoolSize(0).build(); // 0 = uncapped
    }

    @Test
    void theStatisticsMBeanIsRegisteredWhileThePoolIsOpen() throws Exception {
        ServerAddress address = ServerAddress.of("127.0.0.1", 27999);
        ConnectionPool pool = ConnectionPool.create(address, new StubConnectionFactory(),
                ConnectionPoolSettings.builder().maintenanceIntervalMS(-1).build(), List.of());
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName pattern = new ObjectName("io.connectmongodb:type=ConnectionPool,address=\"127.0.0.1:27999\",*");
        Set<ObjectName> names = server.queryNames(pattern, null);
        assertEquals(1, names.size());
        ObjectName name = names.iterator().next();
        pool.ready();
        PooledConnection connection = pool.checkOut();
        assertEquals(1, server.getAttribute(name, "InUseConnections"));
        assertEquals(1, server.getAttribute(name, "TotalConnections"));
        assertEquals(100, server.getAttribute(name, "MaxPoolSize"));
        assertEquals(1L, server.getAttribute(name, "TotalCheckouts"));
        assertEquals("READY", server.getAttribute(name, "State"));
        connection.close();
        assertEquals(1, server.getAttribute(name, "AvailableConnections"));
        pool.close();
        assertFalse(server.isRegistered(name));
    }

    private static void assertMessage(String fragment, org.junit.jupiter.api.function.Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
