package io.connectmongodb.jdbc.internal.connection;

import io.connectmongodb.jdbc.internal.resultset.RowCursor;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.sql.SQLException;
import java.util.Iterator;

/**
 * The rows of a native command. A reply with a {@code cursor} (find, aggregate, listCollections...) streams its
 * {@code firstBatch} and then {@code getMore} batches, killing the cursor if closed early; any other reply is one row.
 */
final class CommandRowCursor implements RowCursor {

    private final DatabaseCalls database;
    private final String secret;
    private final int batchSize;
    private Iterator<BsonValue> batch;
    private BsonDocument single;
    private long cursorId;
    private String collection;
    private boolean closed;

    CommandRowCursor(DatabaseCalls database, BsonDocument reply, int batchSize, String secret) {
        this.database = database;
        this.secret = secret;
        this.batchSize = batchSize;
        if (reply.isDocument("cursor")) {
            BsonDocument cursor = reply.getDocument("cursor");
            batch = cursor.getArray("firstBatch", new org.bson.BsonArray()).iterator();
            cursorId = cursor.isNumber("id") ? cursor.getNumber("id").longValue() : 0;
            String namespace = cursor.getString("ns", new BsonString("")).getValue();
            collection = namespace.contains(".") ? namespace.substring(namespace.indexOf('.') + 1) : namespace;
        } else {
            single = reply;
        }
    }

    @Override
    public BsonDocument next() throws SQLException {
        if (closed) {
            return null;
        }
        if (single != null) {
            BsonDocument row = single;
            single = null;
            batch = null;
            return row;
        }
        try {
            while (batch != null && !batch.hasNext() && cursorId != 0) {
                BsonDocument getMore = new BsonDocument("getMore", new BsonInt64(cursorId))
                        .append("collection", new BsonString(collection));
                if (batchSize > 0) {
                    getMore.append("batchSize", new BsonInt32(batchSize));
                }
                BsonDocument cursor = database.runCommand(getMore).getDocument("cursor");
                cursorId = cursor.getNumber("id").longValue();
                batch = cursor.getArray("nextBatch").iterator();
            }
        } catch (RuntimeException e) {
            throw SqlExceptions.translate(e, secret);
        }
        return batch != null && batch.hasNext() ? batch.next().asDocument() : null;
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        if (cursorId != 0) {
            try {
                database.runCommand(new BsonDocument("killCursors", new BsonString(collection))
                        .append("cursors", new org.bson.BsonArray(java.util.List.of(new BsonInt64(cursorId)))));
            } catch (RuntimeException e) {
                throw SqlExceptions.translate(e, secret);
            }
        }
    }
}
