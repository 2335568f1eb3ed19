package io.connectmongodb.jdbc.internal.connection;

import io.connectmongodb.jdbc.internal.resultset.RowCursor;
import org.bson.BsonDocument;

import java.sql.SQLException;

/** Decorators of {@link RowCursor}s: a default row for empty global aggregates, and JDBC's {@code maxRows}. */
final class RowCursors {

    private RowCursors() {
    }

    /** Yields {@code fallback} once when {@code cursor} has no row at all (SQL's one row of an aggregate over nothing). */
    static RowCursor withRowWhenEmpty(RowCursor cursor, BsonDocument fallback) {
        return new RowCursor() {
            private boolean started;

            @Override
            public BsonDocument next() throws SQLException {
                BsonDocument row = cursor.next();
                if (row == null && !started) {
                    row = fallback;
                }
                started = true;
                return row;
            }

            @Override
            public void close() throws SQLException {
                cursor.close();
            }
        };
    }

    /** Stops after {@code maxRows} rows (0 = no limit), closing the underlying cursor early. */
    static RowCursor limited(RowCursor cursor, long maxRows) {
        if (maxRows <= 0) {
            return cursor;
        }
        return new RowCursor() {
            private long returned;

            @Override
            public BsonDocument next() throws SQLException {
                if (returned >= maxRows) {
                    cursor.close();
                    return null;
                }
                BsonDocument row = cursor.next();
                if (row != null) {
                    returned++;
                }
                return row;
            }

            @Override
            public void close() throws SQLException {
                cursor.close();
            }
        };
    }
}
