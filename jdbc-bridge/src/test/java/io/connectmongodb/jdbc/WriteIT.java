package io.connectmongodb.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;

import static io.connectmongodb.jdbc.BridgeFixture.query;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** INSERT/UPDATE/DELETE, prepared statements, batches and parameter safety against the test server. */
class WriteIT {

    private static final String DB = BridgeFixture.newDatabase("write");
    private static Connection connection;

    @BeforeAll
    static void open() throws SQLException {
        connection = BridgeFixture.connect(DB);
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void insertUpdateDeleteReturnCounts() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            assertEquals(3, statement.executeUpdate("INSERT INTO items (_id, name, qty, spec.color) VALUES"
                    + " (1, 'pen', 10, 'red'), (2, 'ink', 5, 'blue'), (3, 'cap', 0, 'red')"));
            assertEquals(2, statement.executeUpdate("UPDATE items SET qty = qty + 1, note = 'x' WHERE spec.color = 'red'"));
            assertEquals(List.of(List.of("1", "11", "x"), List.of("3", "1", "x")),
                    query(connection, "SELECT _id, qty, note FROM items WHERE spec.color = 'red' ORDER BY _id"));
            assertEquals(1, statement.executeUpdate("UPDATE items SET note = NULL, qty = qty - 2 WHERE _id = 1"));
            assertEquals(List.of(Arrays.asList("9", null)), query(connection, "SELECT qty, note FROM items WHERE _id = 1"));
            assertEquals(0, statement.executeUpdate("UPDATE items SET qty = 0 WHERE _id = 99"));
            assertEquals(2, statement.executeUpdate("DELETE FROM items WHERE qty < 6"));
            assertEquals(List.of(List.of("1")), query(connection, "SELECT _id FROM items"));
            assertEquals(1, statement.executeUpdate("DELETE FROM items"));
        }
    }

    @Test
    void duplicateKeyIsAnIntegrityViolation() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO uniq (_id) VALUES (1)");
            SQLIntegrityConstraintViolationException error = assertThrows(SQLIntegrityConstraintViolationException.class,
                    () -> statement.executeUpdate("INSERT INTO uniq (_id) VALUES (1)"));
            assertEquals("23000", error.getSQLState());
        }
    }

    @Test
    void preparedStatementSettersAndSetObjectConversions() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO typed (_id, s, i, l, d, dec, b, t, n, conv) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, 1);
            insert.setString(2, "text");
            insert.setInt(3, 7);
            insert.setLong(4, 1L << 40);
            insert.setDouble(5, 2.5);
            insert.setBigDecimal(6, new BigDecimal("12.34"));
            insert.setBoolean(7, true);
            insert.setTimestamp(8, Timestamp.from(java.time.Instant.parse("2024-01-02T03:04:05.678Z")));
            insert.setNull(9, Types.VARCHAR);
            insert.setObject(10, "42", Types.INTEGER);
            assertEquals(1, insert.executeUpdate());
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT s, i, l, d, dec, b, t, n, conv FROM typed WHERE _id = ?")) {
            select.setObject(1, 1);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertEquals("text", row.getString(1));
                assertEquals(7, row.getObject(2));
                assertEquals(1L << 40, row.getObject(3));
                assertEquals(2.5, row.getObject(4));
                assertEquals(new BigDecimal("12.34"), row.getObject(5));
                assertEquals(true, row.getObject(6));
                assertEquals(java.time.Instant.parse("2024-01-02T03:04:05.678Z"), row.getTimestamp(7).toInstant());
                assertEquals(null, row.getObject(8));
                assertEquals(42, row.getObject(9), "setObject(\"42\", INTEGER) stored an int32");
            }
        }
    }

    @Test
    void injectionAttemptsInParametersMatchNothing() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO users (_id, name) VALUES (1, 'alice'), (2, 'bob')");
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT name FROM users WHERE name = ?")) {
            select.setString(1, "x' OR '1'='1");
            assertEquals(List.of(), BridgeFixture.rows(select.executeQuery()));
            select.setString(1, "{\"$gt\": \"\"}");
            assertEquals(List.of(), BridgeFixture.rows(select.executeQuery()));
            select.setObject(1, java.util.Map.of("$gt", ""));
            assertEquals(List.of(), BridgeFixture.rows(select.executeQuery()));
            select.setString(1, "alice");
            assertEquals(List.of(List.of("alice")), BridgeFixture.rows(select.executeQuery()));
        }
    }

    @Test
    void preparedBatchUsesBulkWrites() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO batch (_id, v) VALUES (?, ?)")) {
            for (int i = 0; i < 2500; i++) {
                insert.setInt(1, i);
                insert.setInt(2, i % 10);
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            assertEquals(2500, counts.length);
            assertTrue(Arrays.stream(counts).allMatch(c -> c == 1));
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE batch SET v = v + 100 WHERE v = ?")) {
            update.setInt(1, 1);
            update.addBatch();
            update.setInt(1, 2);
            update.addBatch();
            int[] counts = update.executeBatch();
            assertArrayEquals(new int[] {Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO}, counts);
        }
        assertEquals(List.of(List.of("500")), query(connection, "SELECT COUNT(*) FROM batch WHERE v > 100"));
        try (Statement statement = connection.createStatement()) {
            statement.addBatch("DELETE FROM batch WHERE v = 101");
            statement.addBatch("DELETE FROM batch WHERE v = 102");
            statement.addBatch("INSERT INTO batch (_id, v) VALUES (5000, 1)");
            assertEquals(3, statement.executeBatch().length);
        }
        assertEquals(List.of(List.of("2001")), query(connection, "SELECT COUNT(*) FROM batch"));
    }

    @Test
    void batchStopsAtDuplicateKeyWithCountsSoFar() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dup (_id) VALUES (?)");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO dup (_id) VALUES (2)");
            statement.addBatch("UPDATE dup SET a = 1 WHERE _id = 2");
            statement.addBatch("SELECT 1");
            assertThrows(BatchUpdateException.class, statement::executeBatch, "SELECT is not allowed in a batch");
            insert.setInt(1, 1);
            insert.addBatch();
            insert.setInt(1, 2);
            insert.addBatch();
            BatchUpdateException error = assertThrows(BatchUpdateException.class, insert::executeBatch);
            assertEquals("23000", error.getSQLState());
        }
    }

    @Test
    void readOnlyConnectionRefusesWrites() throws SQLException {
        try (Connection readOnly = java.sql.DriverManager.getConnection(BridgeFixture.jdbcUrl(DB, "readOnly=true"));
             Statement statement = readOnly.createStatement()) {
            assertTrue(readOnly.isReadOnly());
            SQLException error = assertThrows(SQLException.class, () -> statement.executeUpdate("INSERT INTO ro (_id) VALUES (1)"));
            assertEquals("25006", error.getSQLState());
            assertThrows(SQLException.class, () -> statement.execute("{\"drop\": \"ro\"}"));
            assertEquals(List.of(List.of("1")), BridgeFixture.rows(statement.executeQuery("SELECT 1")));
            readOnly.setReadOnly(false);
            assertEquals(1, statement.executeUpdate("INSERT INTO ro (_id) VALUES (1)"));
        }
    }
}
