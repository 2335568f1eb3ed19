package io.connectmongodb.driver.internal.cursor;

import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionSource;
import java.lang.System.Logger.Level;
import java.util.NoSuchElementException;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.codecs.Decoder;

/**
 * A cursor over the reply of a cursor-returning command ({@code find}, {@code aggregate},
 * {@code listIndexes}, ...).
 *
 * <p>It starts with the reply's {@code firstBatch}. When that is used up and the server cursor id
 * is not 0, it sends {@code getMore} (on a connection from the same source, so the same server)
 * and continues with {@code nextBatch}. A positive {@code limit} is enforced here too: once that
 * many documents were returned the cursor counts as exhausted, and later {@code getMore}s ask for
 * no more than the remainder. Closing it before the server cursor is exhausted sends
 * {@code killCursors} exactly once. Not thread-safe; any use after {@link #close()} throws
 * {@link IllegalStateException}.
 */
public final class CommandCursor<T> implements MongoCursor<T> {
    private static final System.Logger LOGGER = System.getLogger(CommandCursor.class.getName());

    private final ConnectionSource source;
    private final String databaseName;
    private final String collectionName;
    private final Decoder<T> decoder;
    private final CursorSettings settings;
    private CursorBatch batch;
    private long serverCursorId;
    private BsonDocument postBatchResumeToken;
    private int returned;
    private boolean closed;

    /**
     * @param source         where {@code getMore} and {@code killCursors} get their connection
     * @param cursorDocument the reply's {@code cursor} document: {@code id}, {@code ns}, {@code firstBatch}
     */
    public CommandCursor(ConnectionSource source, BsonDocument cursorDocument, Decoder<T> decoder, CursorSettings settings) {
        this.source = source;
        this.decoder = decoder;
        this.settings = settings;
        CursorReply reply = CursorReply.read(cursorDocument, "firstBatch");
        this.databaseName = reply.databaseName();
        this.collectionName = reply.collectionName();
        this.serverCursorId = reply.id();
        batch = reply.batch();
        postBatchResumeToken = reply.postBatchResumeToken();
        if (limitReached()) {
            killServerCursor();
        }
    }

    @Override
    public boolean hasNext() {
        ensureOpen();
        while (batch.isEmpty() && serverCursorId != 0 && !limitReached()) {
            getMore();
        }
        return !batch.isEmpty() && !limitReached();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the cursor has no more results");
        }
        return take();
    }

    @Override
    public T tryNext() {
        ensureOpen();
        if (batch.isEmpty() && serverCursorId != 0 && !limitReached()) {
            getMore();
        }
        if (batch.isEmpty() || limitReached()) {
            return null;
        }
        return take();
    }

    @Override
    public Long getServerCursorId() {
        return serverCursorId == 0 ? null : serverCursorId;
    }

    /** Documents of the current batch not yet returned. */
    public int available() {
        return closed ? 0 : batch.remaining();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        batch = CursorBatch.empty(); // lets the reply bytes go
        killServerCursor();
    }

    private T take() {
        CursorBatch taken = batch;
        taken.advance();
        returned++;
        if (limitReached()) {
            batch = CursorBatch.empty();
            killServerCursor();
        }
        return taken.decodeCurrent(decoder);
    }

    private boolean limitReached() {
        return settings.limit() > 0 && returned >= settings.limit();
    }

    private void getMore() {
        BsonDocument command = CursorCommands.getMore(serverCursorId, collectionName, nextBatchSize());
        if (settings.maxAwaitTimeMS() > 0) {
            command.append("maxTimeMS", new BsonInt64(settings.maxAwaitTimeMS()));
        }
        if (settings.comment() != null) {
            command.append("comment", settings.comment());
        }
        command.append("$db", new BsonString(databaseName));
        BsonDocument reply;
        try (Connection connection = source.acquire()) {
            reply = connection.command(command);
        } catch (RuntimeException e) {
            // the server cursor may be gone or the connection broken: never send killCursors for it
            serverCursorId = 0;
            throw e;
        }
        CursorReply cursor = CursorReply.read(reply.getDocument("cursor"), "nextBatch");
        serverCursorId = cursor.id();
        batch = cursor.batch();
        postBatchResumeToken = cursor.postBatchResumeToken();
    }

    /**
     * The {@code postBatchResumeToken} of the latest reply (change streams on servers that send
     * it), or {@code null}.
     */
    public BsonDocument postBatchResumeToken() {
        return postBatchResumeToken;
    }


    private int nextBatchSize() {
        int batchSize = settings.batchSize();
        if (settings.limit() > 0) {
            int remaining = settings.limit() - returned;
            return batchSize > 0 ? Math.min(batchSize, remaining) : remaining;
        }
        return batchSize;
    }

    private void killServerCursor() {
        if (serverCursorId == 0) {
            return;
        }
        long id = serverCursorId;
        serverCursorId = 0;
        BsonDocument command = CursorCommands.killCursors(collectionName, id)
                .append("$db", new BsonString(databaseName));
        try (Connection connection = source.acquire()) {
            connection.command(command);
        } catch (RuntimeException e) {
            // the server reaps abandoned cursors itself; failing to kill one early is not the caller's problem
            LOGGER.log(Level.DEBUG, () -> "killCursors for cursor " + id + " on " + databaseName + "." + collectionName
                    + " failed: " + e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the cursor was closed and cannot be used any more");
        }
    }
}
