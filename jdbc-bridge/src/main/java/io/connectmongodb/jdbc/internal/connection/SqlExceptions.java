package io.connectmongodb.jdbc.internal.connection;

import io.connectmongodb.driver.error.DuplicateKeyException;
import io.connectmongodb.driver.error.MongoBulkWriteException;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoConfigurationException;
import io.connectmongodb.driver.error.MongoConnectTimeoutException;
import io.connectmongodb.driver.error.MongoException;
import io.connectmongodb.driver.error.MongoSecurityException;
import io.connectmongodb.driver.error.MongoServerException;
import io.connectmongodb.driver.error.MongoServerSelectionTimeoutException;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.error.MongoSocketOpenException;
import io.connectmongodb.driver.error.MongoSocketReadTimeoutException;
import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Translates driver exceptions into {@link SQLException}s with standard SQLStates: 28000 for authentication failures
 * (security exceptions and server codes 13/18), 08001 when no connection could be established (unreachable server,
 * connect or server-selection timeout, bad configuration), 08006 for a connection lost mid-operation, 23000 for
 * duplicate keys, HYT00 for read timeouts, 0A000 for unsupported features, 42000 for commands the server rejects as
 * malformed and HY000 otherwise. Any occurrence of the password is masked in messages as a last line of defence.
 */
public final class SqlExceptions {

    private static final Set<Integer> AUTHENTICATION_CODES = Set.of(13, 18);
    private static final Set<Integer> SYNTAX_CODES = Set.of(2, 9, 14, 15, 17, 40, 168, 31249, 31254);

    private SqlExceptions() {
    }

    public static SQLException translate(RuntimeException error, String secret) {
        String message = mask(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage(), secret);
        if (!(error instanceof MongoException)) {
            if (error instanceof IllegalArgumentException) {
                return new SQLException(message, "HY024", error);
            }
            return new SQLException(message, "HY000", error);
        }
        if (error instanceof MongoSecurityException) {
            return new SQLInvalidAuthorizationSpecException("Authentication failed: " + message, "28000", error);
        }
        if (error instanceof MongoServerException server && AUTHENTICATION_CODES.contains(server.code())) {
            return new SQLInvalidAuthorizationSpecException("Authentication failed: " + message, "28000", server.code(), error);
        }
        if (error instanceof MongoSocketOpenException || error instanceof MongoConnectTimeoutException
                || error instanceof MongoServerSelectionTimeoutException) {
            return new SQLNonTransientConnectionException("Cannot connect to MongoDB: " + message, "08001", error);
        }
        if (error instanceof MongoSocketReadTimeoutException) {
            return new SQLTimeoutException("MongoDB did not answer in time: " + message, "HYT00", error);
        }
        if (error instanceof MongoSocketException) {
            return new SQLTransientConnectionException("Connection to MongoDB lost: " + message, "08006", error);
        }
        if (error instanceof MongoConfigurationException) {
            return new SQLNonTransientConnectionException("Invalid MongoDB connection settings: " + message, "08001", error);
        }
        if (error instanceof MongoUnsupportedFeatureException) {
            return new SQLFeatureNotSupportedException(message, "0A000", error);
        }
        if (error instanceof DuplicateKeyException || error instanceof MongoServerException server && server.code() == 11000) {
            return new SQLIntegrityConstraintViolationException(message, "23000", 11000, error);
        }
        if (error instanceof MongoBulkWriteException bulk && !bulk.writeErrors().isEmpty()
                && bulk.writeErrors().get(0).code() == 11000) {
            return new SQLIntegrityConstraintViolationException(message, "23000", 11000, error);
        }
        if (error instanceof MongoCommandException command && SYNTAX_CODES.contains(command.code())) {
            return new SQLSyntaxErrorException(message, "42000", command.code(), error);
        }
        if (error instanceof MongoServerException server) {
            return new SQLException(message, "HY000", server.code(), error);
        }
        return new SQLException(message, "HY000", error);
    }

    static String mask(String message, String secret) {
        if (secret == null || secret.isEmpty() || message == null) {
            return message;
        }
        return message.replace(secret, "****");
    }
}
