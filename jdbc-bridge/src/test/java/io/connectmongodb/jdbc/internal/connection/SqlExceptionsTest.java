package io.connectmongodb.jdbc.internal.connection;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoAuthenticationException;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoServerSelectionTimeoutException;
import io.connectmongodb.driver.error.MongoSocketOpenException;
import io.connectmongodb.driver.error.MongoSocketReadTimeoutException;
import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class SqlExceptionsTest {

    private static final ServerAddress SERVER = ServerAddress.of("127.0.0.1", 27017);

    @Test
    void authenticationFailuresAre28000WithoutThePassword() {
        SQLException error = SqlExceptions.translate(new MongoAuthenticationException("server refused the proof for s3cret",
                "SCRAM-SHA-256", "admin", SERVER, null), "s3cret");
        assertInstanceOf(SQLInvalidAuthorizationSpecException.class, error);
        assertEquals("28000", error.getSQLState());
        assertFalse(error.getMessage().contains("s3cret"), error.getMessage());

        SQLException byCode = SqlExceptions.translate(new MongoCommandException(
                BsonDocument.parse("{ok: 0, code: 18, codeName: 'AuthenticationFailed', errmsg: 'Authentication failed.'}"), SERVER), null);
        assertEquals("28000", byCode.getSQLState());
    }

    @Test
    void unreachableServersAre08001() {
        assertEquals("08001", SqlExceptions.translate(new MongoSocketOpenException("refused", SERVER, new ConnectException()), null)
                .getSQLState());
        assertEquals("08001", SqlExceptions.translate(new MongoServerSelectionTimeoutException("no server in 1000 ms"), null)
                .getSQLState());
    }

    @Test
    void otherCategories() {
        assertInstanceOf(SQLIntegrityConstraintViolationException.class, SqlExceptions.translate(new MongoCommandException(
                BsonDocument.parse("{ok: 0, code: 11000, errmsg: 'E11000 duplicate key'}"), SERVER), null));
        assertEquals("42000", SqlExceptions.translate(new MongoCommandException(
                BsonDocument.parse("{ok: 0, code: 168, errmsg: 'Unrecognized expression'}"), SERVER), null).getSQLState());
        assertInstanceOf(SQLFeatureNotSupportedException.class,
                SqlExceptions.translate(new MongoUnsupportedFeatureException("no sessions"), null));
        assertEquals("HYT00", SqlExceptions.translate(new MongoSocketReadTimeoutException("slow", SERVER, null), null).getSQLState());
        assertEquals("HY024", SqlExceptions.translate(new IllegalArgumentException("bad"), null).getSQLState());
    }
}
