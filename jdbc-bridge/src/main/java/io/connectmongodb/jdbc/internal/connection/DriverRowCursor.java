package io.connectmongodb.jdbc.internal.connection;

import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.jdbc.internal.resultset.RowCursor;
import org.bson.BsonDocument;

import java.sql.SQLException;

/** A {@link RowCursor} over a driver cursor, which fetches batches of the statement's fetch size from the server. */
final class DriverRowCursor implements RowCursor {

    private final MongoCursor<BsonDocument> cursor;
    private final String secret;
    private boolean closed;

    DriverRowCursor(MongoCursor<BsonDocument> cursor, String secret) {
        this.cursor = cursor;
        this.secret = secret;
    }

    @Override
    public BsonDocument next() throws SQLException {
        if (closed) {
            return null;
        }
        try {
            return cursor.hasNext() ? cursor.next() : null;
        } catch (RuntimeException e) {
            throw SqlExceptions.translate(e, secret);
        }
    }

    @Override
    public void close() throws SQLException {
        if (!closed) {
            closed = true;
            try {
                cursor.close();
            } catch (RuntimeException e) {
                throw SqlExceptions.translate(e, secret);
            }
        }
    }
}
