package io.connectmongodb.jdbc.internal.resultset;

import org.bson.BsonDocument;

import java.sql.SQLException;

/**
 * The rows behind a result set, read one at a time: a server cursor (fetching batches of {@code fetchSize}) or rows
 * already in memory. Implementations hold at most one batch.
 */
public interface RowCursor extends AutoCloseable {

    /** The next row, or {@code null} when there is none. */
    BsonDocument next() throws SQLException;

    /** Releases the cursor (kills it on the server if it is still open); idempotent. */
    @Override
    void close() throws SQLException;
}
