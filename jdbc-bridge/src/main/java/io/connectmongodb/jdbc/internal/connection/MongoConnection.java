package io.connectmongodb.jdbc.internal.connection;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.jdbc.internal.metadata.MongoDatabaseMetaData;
import io.connectmongodb.jdbc.internal.schema.SchemaCache;
import io.connectmongodb.jdbc.internal.sql.SqlTranslator;
import org.bson.BsonDocument;
import org.bson.BsonInt32;

import java.sql.ClientInfoStatus;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A JDBC connection: a handle on a {@link SharedClient} plus per-connection state (current database, read-only flag,
 * network timeout, client info). Closing it gives the handle back; the driver's pooled sockets stay with the client.
 *
 * <p>Transactions ({@link JdbcTransaction}): in auto-commit mode each statement commits on its own, atomic per
 * document, and the isolation is {@link #TRANSACTION_NONE}; with auto-commit off, statements run in a driver session
 * transaction (snapshot isolation, reported as {@link #TRANSACTION_REPEATABLE_READ}) until {@code commit} or
 * {@code rollback}. Where the deployment has no transactions {@code setAutoCommit(false)} is refused.
 */
public final class MongoConnection extends ConnectionUnsupportedFeatures implements ConnectionContext {

    private static final ExecutorService PINGS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "mongodb-jdbc-isvalid");
        thread.setDaemon(true);
        return thread;
    });

    private final ClientRegistry registry;
    private final SharedClient shared;
    private final JdbcUrl url;
    private final String secret;
    private volatile String database;
    private volatile boolean readOnly;
    private volatile boolean closed;
    private volatile int networkTimeoutMillis;
    private final Properties clientInfo = new Properties();
    private final JdbcTransaction transaction;

    public MongoConnection(ClientRegistry registry, SharedClient shared, JdbcUrl url, String secret) {
        this.registry = registry;
        this.shared = shared;
        this.url = url;
        this.secret = secret;
        this.transaction = new JdbcTransaction(shared.client(), secret);
        this.database = url.database();
        this.readOnly = url.settings().readOnly();
    }

    /**
     * Sends a {@code ping}, so that a connection is only handed out when the server is reachable and the credentials
     * are accepted (the driver connects lazily).
     */
    public void verify() throws SQLException {
        try {
            database().runCommand(new BsonDocument("ping", new BsonInt32(1)), BsonDocument.class);
        } catch (RuntimeException e) {
            throw SqlExceptions.translate(e, secret);
        }
    }

    /** The driver client behind this connection, for applications that unwrap it. */
    public MongoClient client() {
        return shared.client();
    }

    @Override
    public MongoDatabase database() throws SQLException {
        checkOpen();
        return shared.client().getDatabase(database);
    }

    @Override
    public DatabaseCalls statementCalls() throws SQLException {
        MongoDatabase current = database();
        return new DatabaseCalls(current, transaction.statementSession());
    }

    @Override
    public void closeAtTransactionEnd(AutoCloseable resultSet) {
        transaction.closeAtEnd(resultSet);
    }

    /** Whether the deployment behind this connection runs transactions (asks the driver; sends nothing). */
    public boolean supportsTransactions() throws SQLException {
        checkOpen();
        try {
            return JdbcTransaction.supported(shared.client());
        } catch (RuntimeException e) {
            throw SqlExceptions.translate(e, secret);
        }
    }

    @Override
    public SchemaCache schemas() {
        return shared.schemas();
    }

    @Override
    public SqlTranslator translator() throws SQLException {
        checkOpen();
        String current = database;
        return new SqlTranslator(collection -> schemaOf(current, collection), current);
    }

    private io.connectmongodb.jdbc.internal.schema.CollectionSchema schemaOf(String db, String collection) throws SQLException {
        try {
            return shared.schemas().schema(db, collection);
        } catch (RuntimeException e) {
            throw SqlExceptions.translate(e, secret);
        }
    }

    @Override
    public String secret() {
        return secret;
    }

    @Override
    public int defaultFetchSize() {
        return url.settings().fetchSize();
    }

    @Override
    public int networkTimeoutMillis() {
        return networkTimeoutMillis;
    }

    public JdbcUrl url() {
        return url;
    }

    @Override
    public void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("The connection is closed", "08003");
        }
    }

    @Override
    public Statement createStatement() throws SQLException {
        checkOpen();
        return new MongoStatement(this);
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency, ResultSet.CLOSE_CURSORS_AT_COMMIT);
        return createStatement();
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency, resultSetHoldability);
        return createStatement();
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        checkOpen();
        return new MongoPreparedStatement(this, sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency, ResultSet.CLOSE_CURSORS_AT_COMMIT);
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
            throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency, resultSetHoldability);
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        if (autoGeneratedKeys != Statement.NO_GENERATED_KEYS) {
            throw new SQLFeatureNotSupportedException("Generated keys are not returned: give _id values explicitly", "0A000");
        }
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        throw new SQLFeatureNotSupportedException("Generated keys are not returned: give _id values explicitly", "0A000");
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        throw new SQLFeatureNotSupportedException("Generated keys are not returned: give _id values explicitly", "0A000");
    }

    private void checkResultSetOptions(int type, int concurrency, int holdability) throws SQLException {
        checkOpen();
        if (type != ResultSet.TYPE_FORWARD_ONLY || concurrency != ResultSet.CONCUR_READ_ONLY) {
            throw new SQLFeatureNotSupportedException("Only TYPE_FORWARD_ONLY, CONCUR_READ_ONLY result sets are supported", "0A000");
        }
        if (holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT && holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT) {
            throw new SQLException("Unknown holdability " + holdability, "HY024");
        }
    }

    @Override
    public String nativeSQL(String sql) throws SQLException {
        checkOpen();
        return sql;
    }

    /**
     * {@code false} starts transaction mode (refused with a reason where the deployment has no transactions);
     * {@code true} commits a pending transaction first, as JDBC requires.
     */
    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        checkOpen();
        if (autoCommit) {
            transaction.enableAutoCommit();
        } else {
            transaction.disableAutoCommit();
        }
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        checkOpen();
        return transaction.autoCommit();
    }

    @Override
    public void commit() throws SQLException {
        checkOpen();
        transaction.commit();
    }

    @Override
    public void rollback() throws SQLException {
        checkOpen();
        transaction.rollback();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            transaction.close();
            registry.release(shared);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkOpen();
        return new MongoDatabaseMetaData(this, shared.client(), url, secret);
    }

    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        checkOpen();
        this.readOnly = readOnly;
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkOpen();
        return readOnly;
    }

    /** Switches the database: catalogs and schemas are both databases. */
    @Override
    public void setCatalog(String catalog) throws SQLException {
        checkOpen();
        if (catalog == null || catalog.isBlank() || catalog.contains(".") || catalog.contains("/") || catalog.contains(" ")) {
            throw new SQLException("Invalid database name: '" + catalog + "'", "3D000");
        }
        this.database = catalog;
    }

    @Override
    public String getCatalog() throws SQLException {
        checkOpen();
        return database;
    }

    @Override
    public void setSchema(String schema) throws SQLException {
        setCatalog(schema);
    }

    @Override
    public String getSchema() throws SQLException {
        checkOpen();
        return database;
    }

    /**
     * Accepts {@link #TRANSACTION_NONE} and, where transactions exist, the levels up to
     * {@link #TRANSACTION_REPEATABLE_READ} (JDBC lets a driver substitute a stronger level: transactions are
     * snapshot-isolated). The level in force follows the auto-commit mode; see {@link #getTransactionIsolation}.
     * SERIALIZABLE is refused: snapshot isolation allows write skew.
     */
    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        checkOpen();
        switch (level) {
            case TRANSACTION_NONE -> { }
            case TRANSACTION_READ_UNCOMMITTED, TRANSACTION_READ_COMMITTED, TRANSACTION_REPEATABLE_READ -> {
                if (!supportsTransactions()) {
                    throw new SQLFeatureNotSupportedException("Isolation level " + level + " needs transactions, which this"
                            + " deployment does not run (standalone server); only TRANSACTION_NONE applies", "0A000");
                }
            }
            case TRANSACTION_SERIALIZABLE -> throw new SQLFeatureNotSupportedException("TRANSACTION_SERIALIZABLE is not"
                    + " offered: MongoDB transactions are snapshot-isolated (TRANSACTION_REPEATABLE_READ), which allows write"
                    + " skew", "0A000");
            default -> throw new SQLException("Unknown isolation level " + level, "HY024");
        }
    }

    /**
     * Never throws: {@link #TRANSACTION_REPEATABLE_READ} while auto-commit is off (statements run in a snapshot
     * transaction), {@link #TRANSACTION_NONE} otherwise.
     */
    @Override
    public int getTransactionIsolation() {
        return transaction.isolation();
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        checkOpen();
        return new HashMap<>();
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        checkOpen();
        if (map != null && !map.isEmpty()) {
            throw new SQLFeatureNotSupportedException("Custom type maps are not supported", "0A000");
        }
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        checkResultSetOptions(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, holdability);
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return ResultSet.CLOSE_CURSORS_AT_COMMIT;
    }

    /** Sends a real {@code ping} to the server and waits at most {@code timeout} seconds (0 = no limit). */
    @Override
    public boolean isValid(int timeout) throws SQLException {
        if (timeout < 0) {
            throw new SQLException("isValid timeout must be >= 0, got " + timeout, "HY024");
        }
        if (closed) {
            return false;
        }
        MongoDatabase current = shared.client().getDatabase(database);
        CompletableFuture<Boolean> ping = CompletableFuture.supplyAsync(() -> {
            BsonDocument reply = current.runCommand(new BsonDocument("ping", new BsonInt32(1)), BsonDocument.class);
            return reply.isNumber("ok") && reply.getNumber("ok").doubleValue() == 1.0;
        }, PINGS);
        try {
            return timeout == 0 ? ping.get() : ping.get(timeout, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            ping.cancel(true);
            return false;
        }
    }

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        if (closed) {
            throw new SQLClientInfoException("The connection is closed", "08003", Map.of(name, ClientInfoStatus.REASON_UNKNOWN));
        }
        if (value == null) {
            clientInfo.remove(name);
        } else {
            clientInfo.setProperty(name, value);
        }
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        if (closed) {
            throw new SQLClientInfoException("The connection is closed", "08003", Map.of());
        }
        clientInfo.clear();
        clientInfo.putAll(properties);
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        checkOpen();
        return clientInfo.getProperty(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        checkOpen();
        Properties copy = new Properties();
        copy.putAll(clientInfo);
        return copy;
    }

    /** Closes the handle at once; operations already running on other threads finish on the shared client. */
    @Override
    public void abort(Executor executor) throws SQLException {
        if (executor == null) {
            throw new SQLException("abort needs an executor", "HY024");
        }
        close();
    }

    /**
     * Bounds how long queries may run, as their server-side time limit ({@code maxTimeMS}), and {@code isValid}'s
     * default; socket-level timeouts are the driver's {@code socketTimeoutMS} connection-string option.
     */
    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkOpen();
        if (milliseconds < 0) {
            throw new SQLException("Network timeout must be >= 0, got " + milliseconds, "HY024");
        }
        this.networkTimeoutMillis = milliseconds;
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        checkOpen();
        return networkTimeoutMillis;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        if (type.isInstance(shared.client())) {
            return type.cast(shared.client());
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this) || type.isInstance(shared.client());
    }
}
