package io.connectmongodb.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HikariCP pools the bridge: 10 connections, 100 threads, isValid checks, and nothing left open afterwards. */
class HikariPoolIT {

    @Test
    void poolOfTenServesHundredThreads() throws Exception {
        String database = BridgeFixture.newDatabase("hikari");
        BridgeFixture.seed(database, "counters", "{_id: 1, n: 1}", "{_id: 2, n: 2}", "{_id: 3, n: 3}");
        int clientsBefore = MongoDriver.openClients();

        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(BridgeFixture.jdbcUrl(database, "appName=hikari-it"));
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(10);
        config.setConnectionTimeout(30_000);
        config.setValidationTimeout(5_000);
        config.setKeepaliveTime(30_000);
        config.setLeakDetectionThreshold(20_000);
        config.setPoolName("bridge-pool");
        AtomicInteger rows = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(100);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            List<Future<?>> work = new ArrayList<>();
            for (int thread = 0; thread < 100; thread++) {
                int id = thread;
                work.add(threads.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        try (Connection connection = pool.getConnection();
                             PreparedStatement select = connection.prepareStatement("SELECT n FROM counters WHERE n >= ?")) {
                            assertTrue(connection.isValid(2));
                            select.setInt(1, 1 + (id + round) % 3);
                            try (ResultSet resultSet = select.executeQuery()) {
                                while (resultSet.next()) {
                                    rows.incrementAndGet();
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(120, TimeUnit.SECONDS);
            }
            assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections(), "every connection went back to the pool");
            assertTrue(pool.getHikariPoolMXBean().getTotalConnections() <= 10);
            assertEquals(MongoDriver.openClients(), clientsBefore + 1, "ten pooled JDBC connections share one driver client");
        } finally {
            threads.shutdown();
            assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertTrue(rows.get() > 500, "queries returned rows: " + rows.get());
        assertEquals(clientsBefore, MongoDriver.openClients(), "closing the pool closed the shared driver client");
    }
}
