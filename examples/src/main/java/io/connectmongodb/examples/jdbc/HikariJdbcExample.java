package io.connectmongodb.examples.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.connectmongodb.examples.ExampleServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The JDBC bridge under HikariCP: a pool of JDBC connections (handles sharing one driver client)
 * serving concurrent queries, with HikariCP's {@code isValid} checks sending real pings.
 */
public final class HikariJdbcExample {

    private HikariJdbcExample() {
    }

    public static void main(String[] args) throws Exception {
        try (ExampleServer server = ExampleServer.start()) {
            System.out.println("HikariCP over the JDBC bridge against " + server.describe());
            run(server.uri());
        }
    }

    public static void run(String uri) throws Exception {
        System.out.println("== JDBC with HikariCP");
        HikariConfig config = new HikariConfig();
        config.setDriverClassName("io.connectmongodb.jdbc.MongoDriver");
        config.setJdbcUrl("jdbc:" + uri + "/shop");
        config.setMaximumPoolSize(10);
        config.setPoolName("shop-pool");
        try (HikariDataSource pool = new HikariDataSource(config)) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM products");
                statement.executeUpdate("INSERT INTO products (_id, name, price) VALUES (1, 'tea', 2.5), (2, 'coffee', 3.0), (3, 'cocoa', 3.5)");
            }
            ExecutorService workers = Executors.newFixedThreadPool(20);
            List<Future<Double>> prices = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                int id = 1 + i % 3;
                prices.add(workers.submit(() -> priceOf(pool, id)));
            }
            double total = 0;
            for (Future<Double> price : prices) {
                total += price.get(30, TimeUnit.SECONDS);
            }
            workers.shutdown();
            System.out.printf("100 concurrent lookups through a pool of 10, prices summed: %.1f; active connections now: %d%n",
                    total, pool.getHikariPoolMXBean().getActiveConnections());
        }
    }

    private static double priceOf(HikariDataSource pool, int id) throws SQLException {
        try (Connection connection = pool.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT price FROM products WHERE _id = ?")) {
            query.setInt(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getDouble(1) : 0;
            }
        }
    }
}
