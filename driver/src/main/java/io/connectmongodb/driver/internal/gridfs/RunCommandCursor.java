package io.connectmongodb.driver.internal.gridfs;

import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.internal.cursor.CursorCommands;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * A cursor over a {@code find} reply obtained through {@link MongoDatabase#runCommand}, the only
 * public way to send commands with their own write concern, read concern and read preference.
 *
 * <p>It hands out the {@code firstBatch}, then sends {@code getMore} with the same batch size
 * while the server cursor id is not 0, and keeps only the current batch in memory. Closing it
 * early sends {@code killCursors} once. Not thread-safe.
 */
final class RunCommandCursor<T> implements MongoCursor<T> {
    private static final System.Logger LOGGER = System.getLogger(RunCommandCursor.class.getName());

    private final MongoDatabase database;
    private final String collectionName;
    private final int batchSize;
    private final Function<BsonDocument, T> mapper;
    private final Deque<BsonValue> batch = new ArrayDeque<>();
    private long cursorId;
    private boolean closed;

    /**
     * @param reply     the reply of the cursor-returning command
     * @param batchSize documents per {@code getMore}; 0 for the server's default
     */
    RunCommandCursor(MongoDatabase database, BsonDocument reply, int batchSize, Function<BsonDocument, T> mapper) {
        this.database = database;
        this.batchSize = batchSize;
        this.mapper = mapper;
        BsonDocument cursor = reply.getDocument("cursor");
        String ns = cursor.getString("ns").getValue();
        this.collectionName = ns.substring(ns.indexOf('.') + 1);
        this.cursorId = cursor.getNumber("id").longValue();
        batch.addAll(cursor.getArray("firstBatch", new BsonArray()));
    }

    @Override
    public boolean hasNext() {
        ensureOpen();
        while (batch.isEmpty() && cursorId != 0) {
            getMore();
        }
        return !batch.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the cursor has no more results");
        }
        return mapper.apply(batch.poll().asDocument());
    }

    @Override
    public T tryNext() {
        ensureOpen();
        if (batch.isEmpty() && cursorId != 0) {
            getMore();
        }
        return batch.isEmpty() ? null : mapper.apply(batch.poll().asDocument());
    }

    @Override
    public Long getServerCursorId() {
        return cursorId == 0 ? null : cursorId;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        batch.clear();
        if (cursorId != 0) {
            long id = cursorId;
            cursorId = 0;
            try {
                database.runCommand(CursorCommands.killCursors(collectionName, id), BsonDocument.class);
            } catch (RuntimeException e) {
                // the server reaps abandoned cursors itself
                LOGGER.log(Level.DEBUG, () -> "killCursors for GridFS cursor " + id + " failed: " + e);
            }
        }
    }

    private void getMore() {
        BsonDocument command = CursorCommands.getMore(cursorId, collectionName, batchSize);
        BsonDocument reply;
        try {
            reply = database.runCommand(command, BsonDocument.class);
        } catch (RuntimeException e) {
            cursorId = 0;
            throw e;
        }
        BsonDocument cursor = reply.getDocument("cursor");
        cursorId = cursor.getNumber("id").longValue();
        batch.addAll(cursor.getArray("nextBatch", new BsonArray()));
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the cursor was closed and cannot be used any more");
        }
    }
}
