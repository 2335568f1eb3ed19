package io.connectmongodb.jdbc.internal.connection;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.TransactionOptions;
import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.error.MongoTransactionNotSupportedException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JDBC transaction of one connection, on a driver {@link ClientSession}.
 *
 * <p><b>Auto-commit on</b> (the default): there is no session; every statement commits on its own, atomic per document.
 *
 * <p><b>Auto-commit off</b>: {@link #disableAutoCommit} starts a session and probes the deployment with
 * {@link ClientSession#startTransaction} (which reads the server's handshake and sends nothing), refusing with
 * {@link SQLFeatureNotSupportedException} where transactions do not exist (standalone servers, servers without
 * sessions). The probe's transaction is kept: the driver sends nothing until an operation, so the server-side
 * transaction begins at the first statement, which carries {@code startTransaction: true}. Every statement until
 * {@link #commit} or {@link #rollback} runs in that session; after one of them the next statement starts a new
 * transaction. Re-enabling auto-commit commits a pending transaction (JDBC rule) and ends the session.
 *
 * <p><b>Result sets</b> opened in a transaction are closed when it ends (before the commit or abort is sent), as
 * the reported holdability {@code CLOSE_CURSORS_AT_COMMIT} says: their server cursors belong to the transaction.
 *
 * <p><b>Isolation</b>: transactions read at {@code readConcern: "snapshot"} and commit at {@code w: "majority"}, which
 * is snapshot isolation: no dirty, non-repeatable or phantom reads inside the transaction, and conflicting writes
 * abort one side (a {@code WriteConflict}). Write skew is possible, so it is reported as
 * {@link Connection#TRANSACTION_REPEATABLE_READ}, not SERIALIZABLE. With auto-commit on, statements are not isolated
 * from each other across documents: {@link Connection#TRANSACTION_NONE}.
 */
final class JdbcTransaction {

    private static final System.Logger LOGGER = System.getLogger(JdbcTransaction.class.getName());

    static final int TRANSACTION_ISOLATION = Connection.TRANSACTION_REPEATABLE_READ;

    private static final TransactionOptions OPTIONS = TransactionOptions.builder()
            .readConcern(ReadConcern.SNAPSHOT)
            .writeConcern(WriteConcern.MAJORITY)
            .build();

    private final MongoClient client;
    private final String secret;
    private ClientSession session;
    private final List<AutoCloseable> transactionResults = new ArrayList<>();

    JdbcTransaction(MongoClient client, String secret) {
        this.client = client;
        this.secret = secret;
    }

    synchronized boolean autoCommit() {
        return session == null;
    }

    /** Leaves auto-commit mode; refused with a reason where the deployment has no transactions. */
    synchronized void disableAutoCommit() throws SQLException {
        if (session != null) {
            return;
        }
        ClientSession started = client.startSession();
        try {
            started.startTransaction(OPTIONS);
        } catch (MongoTransactionNotSupportedException e) {
            started.close();
            throw new SQLFeatureNotSupportedException("Transactions are not available, so auto-commit must stay on: "
                    + SqlExceptions.mask(e.getMessage(), secret)
                    + ". MongoDB runs multi-document transactions on replica sets and sharded clusters only.", "0A000", e);
        } catch (RuntimeException e) {
            started.close();
            throw SqlExceptions.translate(e, secret);
        }
        session = started;
    }

    /** Commits what is pending and goes back to auto-commit mode. */
    synchronized void enableAutoCommit() throws SQLException {
        if (session == null) {
            return;
        }
        try {
            commit();
        } finally {
            session.close();
            session = null;
        }
    }

    /** The session a statement runs in: {@code null} in auto-commit mode, else one with an active transaction. */
    synchronized ClientSession statementSession() throws SQLException {
        if (session == null) {
            return null;
        }
        if (!session.hasActiveTransaction()) {
            try {
                session.startTransaction(OPTIONS);
            } catch (RuntimeException e) {
                throw SqlExceptions.translate(e, secret);
            }
        }
        return session;
    }

    /** Registers a result set opened by a statement, to be closed when its transaction ends (none outside one). */
    synchronized void closeAtEnd(AutoCloseable resultSet) {
        if (session != null && session.hasActiveTransaction()) {
            transactionResults.add(resultSet);
        }
    }

    private void closeTransactionResults() {
        for (AutoCloseable resultSet : transactionResults) {
            try {
                resultSet.close();
            } catch (Exception e) {
                // the transaction's end decides the outcome; a cursor that fails to close dies with it
                LOGGER.log(System.Logger.Level.DEBUG, "closing a result set at the end of its transaction failed", e);
            }
        }
        transactionResults.clear();
    }

    synchronized void commit() throws SQLException {
        requireTransactionMode("commit");
        closeTransactionResults();
        if (session.hasActiveTransaction()) {
            try {
                session.commitTransaction();
            } catch (RuntimeException e) {
                throw SqlExceptions.translate(e, secret);
            }
        }
    }

    synchronized void rollback() throws SQLException {
        requireTransactionMode("rollback");
        closeTransactionResults();
        if (session.hasActiveTransaction()) {
            try {
                session.abortTransaction();
            } catch (RuntimeException e) {
                throw SqlExceptions.translate(e, secret);
            }
        }
    }

    /** Ends the session; a pending transaction is aborted (JDBC leaves this to the driver: uncommitted work is discarded). */
    synchronized void close() {
        closeTransactionResults();
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /**
     * Whether the deployment runs transactions: the same probe as {@link #disableAutoCommit} on a throw-away session
     * (an empty transaction ends without sending anything).
     */
    static boolean supported(MongoClient client) {
        try (ClientSession probe = client.startSession()) {
            probe.startTransaction(OPTIONS);
            probe.abortTransaction();
            return true;
        } catch (MongoTransactionNotSupportedException e) {
            return false;
        }
    }

    int isolation() {
        return autoCommit() ? Connection.TRANSACTION_NONE : TRANSACTION_ISOLATION;
    }

    private void requireTransactionMode(String what) throws SQLException {
        if (session == null) {
            throw new SQLException(what + "() is not allowed in auto-commit mode", "25000");
        }
    }
}
