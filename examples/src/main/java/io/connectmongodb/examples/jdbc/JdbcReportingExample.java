package io.connectmongodb.examples.jdbc;

import io.connectmongodb.examples.ExampleServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The JDBC bridge from plain JDBC: load sales rows with a batched PreparedStatement (one bulk insert), then run a
 * reporting query with GROUP BY, HAVING and ORDER BY, which the bridge turns into one aggregation pipeline executed by
 * the server. Run with {@code MONGODB_URI} set, or against the embedded server.
 */
public final class JdbcReportingExample {

    private JdbcReportingExample() {
    }

    public static void main(String[] args) throws SQLException {
        try (ExampleServer server = ExampleServer.start()) {
            System.out.println("JDBC reporting against " + server.describe());
            run(server.uri());
        }
    }

    /** Loads 1,000 sales rows through a batched PreparedStatement and runs a GROUP BY report. */
    public static void run(String uri) throws SQLException {
        System.out.println("== JDBC reporting query");
        String url = "jdbc:" + uri + "/reporting?fetchSize=500";
        // Registers the driver in class loaders the JDBC service lookup does not scan (e.g. mvn exec:java).
        new io.connectmongodb.jdbc.MongoDriver();
        try (Connection connection = DriverManager.getConnection(url)) {
            try (java.sql.Statement drop = connection.createStatement()) {
                drop.execute("DELETE FROM sales");
            }
            load(connection);
            report(connection);
        }
    }

    private static void load(Connection connection) throws SQLException {
        String[] regions = {"north", "south", "east", "west"};
        String[] products = {"tea", "coffee", "cocoa"};
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sales (_id, region, product, quantity, price) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < 1_000; i++) {
                insert.setInt(1, i);
                insert.setString(2, regions[i % regions.length]);
                insert.setString(3, products[i % products.length]);
                insert.setInt(4, 1 + i % 7);
                insert.setBigDecimal(5, new java.math.BigDecimal("2.50").add(java.math.BigDecimal.valueOf(i % 3)));
                insert.addBatch();
            }
            System.out.println("inserted " + insert.executeBatch().length + " rows in one bulk write");
        }
    }

    private static void report(Connection connection) throws SQLException {
        String sql = "SELECT region, COUNT(*) AS orders, SUM(quantity) AS units, AVG(price) AS avg_price "
                + "FROM sales WHERE product <> ? GROUP BY region HAVING SUM(quantity) > ? ORDER BY units DESC";
        try (PreparedStatement report = connection.prepareStatement(sql)) {
            report.setString(1, "cocoa");
            report.setInt(2, 100);
            try (ResultSet rows = report.executeQuery()) {
                System.out.printf("%-8s %7s %6s %9s%n", "region", "orders", "units", "avg_price");
                while (rows.next()) {
                    System.out.printf("%-8s %7d %6d %9.2f%n", rows.getString("region"), rows.getLong("orders"),
                            rows.getLong("units"), rows.getDouble("avg_price"));
                }
            }
        }
    }
}
