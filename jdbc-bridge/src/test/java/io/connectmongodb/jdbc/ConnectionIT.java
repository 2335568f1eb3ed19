package io.connectmongodb.jdbc;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;

import static io.connectmongodb.jdbc.BridgeFixture.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The java.sql.Driver and Connection contract against the test server. */
class ConnectionIT {

    private static final String DB = BridgeFixture.newDatabase("conn");

    @Test
    void driverIsRegisteredThroughTheServiceLoaderAndAcceptsBothSchemes() throws SQLException {
        Driver driver = DriverManager.getDriver("jdbc:mongodb://localhost/x");
        assertTrue(driver instanceof MongoDriver);
        assertTrue(driver.acceptsURL("jdbc:mongodb+srv://cluster.example.com/x"));
        assertFalse(driver.acceptsURL("jdbc:postgresql://localhost/x"));
        assertNull(driver.connect("jdbc:postgresql://localhost/x", new Properties()));
    }

    @Test
    void getPropertyInfoDescribesTheBridgeProperties() throws SQLException {
        Properties info = new Properties();
        info.setProperty("password", "secret");
        DriverPropertyInfo[] properties = new MongoDriver().getPropertyInfo("jdbc:mongodb://localhost/x", info);
        List<String> names = Arrays.stream(properties).map(p -> p.name).toList();
        assertTrue(names.containsAll(List.of("user", "password", "database", "sampleSize", "fetchSize", "readOnly",
                "schemaCacheTtlSeconds")), names.toString());
        assertTrue(Arrays.stream(properties).allMatch(p -> p.description != null && !p.description.isEmpty()));
        assertTrue(Arrays.stream(properties).noneMatch(p -> "secret".equals(p.value)), "the password is not echoed");
    }

    @Test
    void bridgePropertiesFromUrlAndProperties() throws SQLException {
        Properties info = new Properties();
        info.setProperty("fetchSize", "7");
        try (Connection connection = DriverManager.getConnection(BridgeFixture.jdbcUrl(DB, "fetchSize=3&readOnly=true"), info)) {
            assertTrue(connection.isReadOnly());
            assertEquals(7, connection.createStatement().getFetchSize(), "Properties override the URL");
        }
        SQLException bad = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(BridgeFixture.jdbcUrl(DB, "sampleSize=many")));
        assertTrue(bad.getMessage().contains("sampleSize"));
    }

    @Test
    void unreachableServerIs08001() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        SQLException error = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:mongodb://127.0.0.1:" + port + "/db?connectTimeoutMS=500&serverSelectionTimeoutMS=1000",
                props("user", "alice", "password", "pa55word")));
        assertEquals("08001", error.getSQLState(), error.getMessage());
        assertFalse(error.getMessage().contains("pa55word"), error.getMessage());
        SQLException anonymous = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:mongodb://127.0.0.1:" + port + "/db?connectTimeoutMS=500&serverSelectionTimeoutMS=1000"));
        assertEquals("08001", anonymous.getSQLState(), anonymous.getMessage());
    }

    private static Properties props(String... pairs) {
        Properties properties = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    @Test
    void isValidPingsAndClosedConnectionsAreInvalid() throws SQLException {
        Connection connection = BridgeFixture.connect(DB);
        assertTrue(connection.isValid(2));
        assertTrue(connection.isValid(0));
        assertThrows(SQLException.class, () -> connection.isValid(-1));
        connection.close();
        assertFalse(connection.isValid(1));
        assertTrue(connection.isClosed());
        assertThrows(SQLException.class, connection::createStatement);
    }

    @Test
    void networkTimeoutReadOnlyCatalogSchemaAndIsolation() throws SQLException {
        BridgeFixture.seed(DB, "here", "{_id: 1}");
        String other = BridgeFixture.newDatabase("other");
        BridgeFixture.seed(other, "there", "{_id: 2}");
        try (Connection connection = BridgeFixture.connect(DB)) {
            connection.setNetworkTimeout(Executors.newSingleThreadExecutor(), 5000);
            assertEquals(5000, connection.getNetworkTimeout());
            assertEquals(List.of(List.of("1")), query(connection, "SELECT _id FROM here"));
            connection.setReadOnly(true);
            assertTrue(connection.isReadOnly());
            connection.setReadOnly(false);
            assertEquals(DB, connection.getCatalog());
            connection.setCatalog(other);
            assertEquals(other, connection.getSchema());
            assertEquals(List.of(List.of("2")), query(connection, "SELECT _id FROM there"));
            connection.setSchema(DB);
            assertEquals(DB, connection.getCatalog());
            assertEquals(Connection.TRANSACTION_NONE, connection.getTransactionIsolation());
            assertEquals(Connection.TRANSACTION_NONE, connection.getMetaData().getDefaultTransactionIsolation());
            assertFalse(connection.getMetaData().supportsTransactions());
            assertTrue(connection.getAutoCommit());
            SQLFeatureNotSupportedException noTransactions = assertThrows(SQLFeatureNotSupportedException.class,
                    () -> connection.setAutoCommit(false));
            assertTrue(noTransactions.getMessage().contains("Transactions are not available"), noTransactions.getMessage());
            connection.setAutoCommit(true);
        }
    }

    @Test
    void statementOptionsMaxRowsAndCloseOnCompletion() throws SQLException {
        BridgeFixture.seed(DB, "many", "{_id: 1}", "{_id: 2}", "{_id: 3}");
        try (Connection connection = BridgeFixture.connect(DB)) {
            java.sql.Statement statement = connection.createStatement();
            statement.setMaxRows(2);
            statement.setQueryTimeout(5);
            assertEquals(2, BridgeFixture.rows(statement.executeQuery("SELECT _id FROM many")).size());
            statement.closeOnCompletion();
            statement.executeQuery("SELECT _id FROM many").close();
            assertTrue(statement.isClosed());
            assertThrows(SQLException.class, () -> connection.createStatement().executeQuery("INSERT INTO many (_id) VALUES (9)"));
        }
    }

    @Test
    void connectionsAreHandlesOnOneSharedClientAndAbortCloses() throws SQLException {
        Connection first = BridgeFixture.connect(DB);
        Connection second = BridgeFixture.connect(DB);
        io.connectmongodb.driver.MongoClient client = first.unwrap(io.connectmongodb.driver.MongoClient.class);
        assertNotNull(client);
        assertTrue(client == second.unwrap(io.connectmongodb.driver.MongoClient.class), "same URL, same client");
        first.abort(Runnable::run);
        assertTrue(first.isClosed());
        assertTrue(second.isValid(2), "the shared client stays open for the other handle");
        second.close();
    }
}
