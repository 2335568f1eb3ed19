package io.connectmongodb.jdbc;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.testsupport.TestServer;
import org.bson.BsonDocument;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test databases on the shared test server, and helpers to read result sets into comparable rows. */
final class BridgeFixture {

    private BridgeFixture() {
    }

    /** A fresh database name, so that test classes do not see each other's data. */
    static String newDatabase(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String jdbcUrl(String database, String options) {
        String uri = TestServer.shared().uri();
        int query = uri.indexOf('?');
        String base = query >= 0 ? uri.substring(0, query) : uri;
        String driverOptions = query >= 0 ? uri.substring(query + 1) : "";
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String all = driverOptions.isEmpty() ? options : options.isEmpty() ? driverOptions : driverOptions + "&" + options;
        return "jdbc:" + base + "/" + database + (all.isEmpty() ? "" : "?" + all);
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database, ""));
    }

    /** Inserts documents (extended JSON) with the driver API, bypassing the bridge. */
    static void seed(String database, String collection, String... documents) {
        try (MongoClient client = MongoClients.create(TestServer.shared().uri())) {
            List<BsonDocument> parsed = new ArrayList<>();
            for (String json : documents) {
                parsed.add(BsonDocument.parse(json));
            }
            client.getDatabase(database).getCollection(collection, BsonDocument.class).insertMany(parsed);
        }
    }

    static void withDatabase(String database, java.util.function.Consumer<MongoDatabase> action) {
        try (MongoClient client = MongoClients.create(TestServer.shared().uri())) {
            action.accept(client.getDatabase(database));
        }
    }

    /** All rows as lists of {@code getString} values, for compact assertions. */
    static List<List<String>> rows(ResultSet resultSet) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        int columns = resultSet.getMetaData().getColumnCount();
        while (resultSet.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                row.add(resultSet.getString(i));
            }
            rows.add(row);
        }
        resultSet.close();
        return rows;
    }

    static List<List<String>> query(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            return rows(statement.executeQuery(sql));
        }
    }
}
