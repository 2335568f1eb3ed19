package io.connectmongodb.jdbc.internal.connection;

import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.jdbc.internal.schema.SchemaCache;
import io.connectmongodb.jdbc.internal.sql.SqlTranslator;

import java.sql.SQLException;

/** What statements and metadata need from their connection. */
interface ConnectionContext {

    /** The current database (switched by setCatalog/setSchema). */
    MongoDatabase database() throws SQLException;

    /** The current database, in the open transaction's session if there is one (starting it at the first statement). */
    DatabaseCalls statementCalls() throws SQLException;

    /** Closes {@code resultSet} when the transaction it was opened in ends (nothing in auto-commit mode). */
    void closeAtTransactionEnd(AutoCloseable resultSet);

    SchemaCache schemas();

    SqlTranslator translator() throws SQLException;

    boolean isReadOnly() throws SQLException;

    /** The password, so that messages can mask it; may be null. */
    String secret();

    int defaultFetchSize();

    /** The network timeout in milliseconds, applied as the server-side time limit of queries (0 = none). */
    int networkTimeoutMillis();

    void checkOpen() throws SQLException;
}
