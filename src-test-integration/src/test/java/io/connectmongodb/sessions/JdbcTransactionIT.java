package io.connectmongodb.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * JDBC transactions of the bridge, checked on the wire: against the recording replica-set server, statements with
 * auto-commit off carry the session and transaction fields and commit/rollback send commitTransaction/abortTransaction;
 * against a plain embedded (standalone) server, auto-commit cannot be turned off.
 */
class JdbcTransactionIT {
    private static final Set<String> STATEMENT_COMMANDS = Set.of("insert", "update", "delete", "find", "aggregate");

    private static RecordingSessionBackend backend;
    private static MongoServer replicaSet;
    private static MongoServer standalone;
    private static String replicaSetUrl;
    private static String standaloneUrl;

    @BeforeAll
    static void start() {
        backend = new RecordingSessionBackend();
        backend.version(ServerVersion.MONGO_5_0);
        replicaSet = new MongoServer(backend);
        replicaSet.bind("127.0.0.1", 0);
        String address = "127.0.0.1:" + replicaSet.getLocalAddress().getPort();
        backend.advertise(address);
        replicaSetUrl = "jdbc:mongodb://" + address + "/jdbctx?replicaSet=rs0";
        standalone = new MongoServer(new MemoryBackend());
        standalone.bind("127.0.0.1", 0);
        standaloneUrl = "jdbc:mongodb://127.0.0.1:" + standalone.getLocalAddress().getPort() + "/jdbctx";
    }

    @AfterAll
    static void stop() {
        replicaSet.shutdownNow();
        standalone.shutdownNow();
    }

    @BeforeEach
    void clear() {
        backend.clear();
    }

    private static List<Document> commands(String... names) {
        Set<String> wanted = Set.of(names);
        return backend.recorded().stream().filter(c -> wanted.contains(c.keySet().iterator().next())).toList();
    }

    private static void assertInTransaction(Document command, Object lsid, long txnNumber, boolean first) {
        assertEquals(lsid, command.get("lsid"), "same session: " + command);
        assertEquals(txnNumber, ((Number) command.get("txnNumber")).longValue(), "txnNumber: " + command);
        assertEquals(false, command.get("autocommit"), "autocommit:false: " + command);
        if (first) {
            assertEquals(true, command.get("startTransaction"), "first statement starts it: " + command);
            assertEquals("snapshot", ((Document) command.get("readConcern")).get("level"), command.toString());
        } else {
            assertNull(command.get("startTransaction"), "only the first statement starts it: " + command);
            assertNull(command.get("readConcern"), command.toString());
        }
    }

    @Test
    void statementsUntilCommitRunInOneTransaction() throws SQLException {
        try (Connection connection = DriverManager.getConnection(replicaSetUrl)) {
            assertTrue(connection.getMetaData().supportsTransactions());
            assertEquals(Connection.TRANSACTION_NONE, connection.getTransactionIsolation());
            connection.setAutoCommit(false);
            assertFalse(connection.getAutoCommit());
            assertEquals(Connection.TRANSACTION_REPEATABLE_READ, connection.getTransactionIsolation());
            assertTrue(commands("insert", "commitTransaction", "abortTransaction").isEmpty(), "nothing sent before a statement");
            try (Statement statement = connection.createStatement()) {
                assertEquals(2, statement.executeUpdate("INSERT INTO accounts (_id, balance) VALUES (1, 100), (2, 50)"));
                assertEquals(1, statement.executeUpdate("UPDATE accounts SET balance = 70 WHERE _id = 1"));
                try (ResultSet rows = statement.executeQuery("SELECT _id, balance FROM accounts WHERE _id = 1")) {
                    assertTrue(rows.next());
                    assertEquals(70, rows.getInt("balance"));
                }
                assertEquals(1, statement.executeUpdate("DELETE FROM accounts WHERE _id = 2"));
                try (Statement reader = connection.createStatement()) {
                    ResultSet open = reader.executeQuery("SELECT _id FROM accounts");
                    connection.commit();
                    assertTrue(open.isClosed(), "CLOSE_CURSORS_AT_COMMIT: the transaction's result set is closed");
                }
            }
            // the next statement starts a new transaction, in the same session
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO accounts (_id, balance) VALUES (?, ?)")) {
                insert.setInt(1, 3);
                insert.setInt(2, 10);
                assertEquals(1, insert.executeUpdate());
            }
            connection.commit();
        }
        // the schema sampling finds of the SQL translator run outside the transaction (no txnNumber): left out here
        List<Document> statements = backend.recorded().stream()
                .filter(c -> STATEMENT_COMMANDS.contains(c.keySet().iterator().next()) && c.containsKey("txnNumber"))
                .toList();
        assertEquals(List.of("insert", "update", "find", "delete", "find", "insert"),
                statements.stream().map(c -> c.keySet().iterator().next()).toList());
        Object lsid = statements.get(0).get("lsid");
        assertNotNull(lsid);
        long first = ((Number) statements.get(0).get("txnNumber")).longValue();
        for (int i = 0; i < 5; i++) {
            assertInTransaction(statements.get(i), lsid, first, i == 0);
        }
        assertInTransaction(statements.get(5), lsid, first + 1, true);
        List<Document> commits = commands("commitTransaction", "abortTransaction");
        assertEquals(2, commits.size(), commits.toString());
        assertEquals(first, ((Number) commits.get(0).get("txnNumber")).longValue());
        assertEquals(first + 1, ((Number) commits.get(1).get("txnNumber")).longValue());
        for (Document commit : commits) {
            assertTrue(commit.containsKey("commitTransaction"), commit.toString());
            assertEquals(lsid, commit.get("lsid"));
            assertEquals("majority", ((Document) commit.get("writeConcern")).get("w"));
        }
        System.out.println("JDBC transaction commands: " + backend.recorded().size());
    }

    @Test
    void rollbackAbortsAndAutoCommitOnCommitsWhatIsPending() throws SQLException {
        try (Connection connection = DriverManager.getConnection(replicaSetUrl);
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("INSERT INTO ledger (_id) VALUES (1)");
            connection.rollback();
            statement.executeUpdate("INSERT INTO ledger (_id) VALUES (2)");
            connection.setAutoCommit(true);
            assertTrue(connection.getAutoCommit());
            assertThrows(SQLException.class, connection::commit, "commit in auto-commit mode is a JDBC error");
            statement.executeUpdate("INSERT INTO ledger (_id) VALUES (3)");
        }
        List<Document> ends = commands("commitTransaction", "abortTransaction");
        assertEquals(List.of("abortTransaction", "commitTransaction"),
                ends.stream().map(c -> c.keySet().iterator().next()).toList());
        List<Document> inserts = commands("insert");
        assertEquals(3, inserts.size());
        assertEquals(true, inserts.get(0).get("startTransaction"));
        assertEquals(true, inserts.get(1).get("startTransaction"));
        assertNull(inserts.get(2).get("autocommit"), "auto-commit statements are outside any transaction");
        assertNull(inserts.get(2).get("startTransaction"));
    }

    @Test
    void batchesAndNativeCommandsRunInTheTransactionToo() throws SQLException {
        try (Connection connection = DriverManager.getConnection(replicaSetUrl);
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.addBatch("UPDATE stock SET n = 1 WHERE _id = 1");
            statement.addBatch("UPDATE stock SET n = 2 WHERE _id = 2");
            statement.executeBatch();
            statement.execute("{\"insert\": \"stock\", \"documents\": [{\"_id\": 9}]}");
            connection.commit();
        }
        List<Document> writes = commands("update", "insert");
        assertEquals(List.of("update", "insert"), writes.stream().map(c -> c.keySet().iterator().next()).toList(),
                "two updates grouped into one command, then the native insert");
        Object lsid = writes.get(0).get("lsid");
        long txnNumber = ((Number) writes.get(0).get("txnNumber")).longValue();
        assertInTransaction(writes.get(0), lsid, txnNumber, true);
        assertInTransaction(writes.get(1), lsid, txnNumber, false);
        assertEquals(1, commands("commitTransaction").size());
    }

    @Test
    void commitOrRollbackWithoutStatementsSendsNothing() throws SQLException {
        try (Connection connection = DriverManager.getConnection(replicaSetUrl)) {
            connection.setAutoCommit(false);
            connection.commit();
            connection.rollback();
        }
        assertTrue(commands("commitTransaction", "abortTransaction").isEmpty(), backend.recorded().toString());
    }

    @Test
    void closingWithAPendingTransactionAbortsIt() throws SQLException {
        try (Connection connection = DriverManager.getConnection(replicaSetUrl);
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("INSERT INTO pending (_id) VALUES (1)");
        }
        assertEquals(List.of("abortTransaction"), commands("commitTransaction", "abortTransaction").stream()
                .map(c -> c.keySet().iterator().next()).toList());
    }

    @Test
    void isolationLevelsOnTheReplicaSet() throws SQLException {
        try (Connection connection = DriverManager.getConnection(replicaSetUrl)) {
            assertTrue(connection.getMetaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ));
            assertFalse(connection.getMetaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_SERIALIZABLE));
            assertEquals(Connection.TRANSACTION_REPEATABLE_READ, connection.getMetaData().getDefaultTransactionIsolation());
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            assertThrows(SQLFeatureNotSupportedException.class,
                    () -> connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE));
        }
    }

    @Test
    void standaloneServerRefusesAutoCommitOff() throws SQLException {
        Connection connection = DriverManager.getConnection(standaloneUrl);
        try (connection) {
            assertFalse(connection.getMetaData().supportsTransactions());
            assertEquals(Connection.TRANSACTION_NONE, connection.getMetaData().getDefaultTransactionIsolation());
            SQLFeatureNotSupportedException refused = assertThrows(SQLFeatureNotSupportedException.class,
                    () -> connection.setAutoCommit(false));
            assertTrue(refused.getMessage().contains("Transactions are not available"), refused.getMessage());
            assertTrue(refused.getMessage().contains("replica sets"), refused.getMessage());
            assertTrue(connection.getAutoCommit());
            assertEquals(Connection.TRANSACTION_NONE, connection.getTransactionIsolation());
            assertThrows(SQLFeatureNotSupportedException.class,
                    () -> connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ));
            try (Statement statement = connection.createStatement()) {
                assertEquals(1, statement.executeUpdate("INSERT INTO still_works (_id) VALUES (1)"));
            }
        }
        assertEquals(Connection.TRANSACTION_NONE, connection.getTransactionIsolation(), "never throws, even closed");
    }
}
