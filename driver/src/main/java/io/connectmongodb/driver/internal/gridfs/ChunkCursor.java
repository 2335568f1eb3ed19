package io.connectmongodb.driver.internal.gridfs;

import io.connectmongodb.driver.internal.cursor.CursorCommands;
import io.connectmongodb.driver.error.MongoProtocolException;
import io.connectmongodb.driver.internal.bson.BsonBytes;
import io.connectmongodb.driver.internal.bson.RawFields;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.NoSuchElementException;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;

/**
 * The cursor of a download's chunks, walked in the reply bytes rather than decoded.
 *
 * <p>Each reply ({@code find}, then {@code getMore} with the same batch size while the server
 * cursor id is not 0) comes from {@link BucketCommands#runForReply} as the array it was received
 * into. The cursor finds {@code cursor.id}, {@code cursor.ns} and the {@code firstBatch} or
 * {@code nextBatch} array with one pass over each level, then hands out the batch's documents one by
 * one as views over that array: no chunk is decoded or copied here. Replies are never reused, so a
 * view handed out stays valid after later {@code getMore}s. Closing it early sends
 * {@code killCursors} once. Not thread-safe.
 */
final class ChunkCursor implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(ChunkCursor.class.getName());
    private static final byte[][] REPLY_FIELDS = RawFields.names("cursor");
    private static final byte[][] CURSOR_FIELDS = RawFields.names("id", "ns", "firstBatch", "nextBatch");
    private static final int ID = 0;
    private static final int NS = 1;
    private static final int FIRST_BATCH = 2;
    private static final int NEXT_BATCH = 3;
    private static final byte DOUBLE = 0x01;
    private static final byte STRING = 0x02;
    private static final byte DOCUMENT = 0x03;
    private static final byte ARRAY = 0x04;
    private static final byte INT32 = 0x10;
    private static final byte INT64 = 0x12;

    private final BucketCommands commands;
    private final int batchSize;
    private String collectionName;
    private long cursorId;
    private byte[] bytes;
    private int position;
    private int batchEnd;
    private boolean closed;

    /**
     * @param firstReply the {@code find} reply, from {@link BucketCommands#runForReply}
     * @param batchSize  documents per {@code getMore}; 0 for the server's default
     */
    ChunkCursor(BucketCommands commands, RawBsonDocument firstReply, int batchSize) {
        this.commands = commands;
        this.batchSize = batchSize;
        readReply(firstReply, true);
    }

    boolean hasNext() {
        ensureOpen();
        while (position >= batchEnd && cursorId != 0) {
            getMore();
        }
        return position < batchEnd;
    }

    /** The next chunk document, a view over the reply it came in. */
    RawBsonDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the chunk cursor has no more chunks");
        }
        byte type = bytes[position++];
        position = BsonBytes.skipCString(bytes, position);
        if (type != DOCUMENT) {
            throw new MongoProtocolException("a chunk in the cursor batch is of BSON type 0x" + Integer.toHexString(type & 0xFF)
                    + ", not a document", null);
        }
        int start = position;
        int length = BsonBytes.readInt(bytes, start);
        position = start + length;
        return new RawBsonDocument(bytes, start, length);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        bytes = null;
        position = 0;
        batchEnd = 0;
        if (cursorId != 0) {
            long id = cursorId;
            cursorId = 0;
            try {
                commands.runForReply(CursorCommands.killCursors(collectionName, id));
            } catch (RuntimeException e) {
                // the server reaps abandoned cursors itself
                LOGGER.log(Level.DEBUG, () -> "killCursors for GridFS chunk cursor " + id + " failed: " + e);
            }
        }
    }

    private void getMore() {
        BsonDocument command = CursorCommands.getMore(cursorId, collectionName, batchSize);
        RawBsonDocument reply;
        try {
            reply = commands.runForReply(command);
        } catch (RuntimeException e) {
            cursorId = 0;
            throw e;
        }
        readReply(reply, false);
    }

    private void readReply(RawBsonDocument reply, boolean first) {
        ByteBuffer buffer = reply.getByteBuffer().asNIO();
        byte[] replyBytes = buffer.array();
        RawFields top = RawFields.of(replyBytes, buffer.arrayOffset() + buffer.position(), REPLY_FIELDS);
        if (top.type(0) != DOCUMENT) {
            throw new MongoProtocolException("a chunk cursor reply has no cursor document", null);
        }
        RawFields cursor = RawFields.of(replyBytes, top.offset(0), CURSOR_FIELDS);
        cursorId = cursorId(cursor);
        if (first) {
            if (cursor.type(NS) != STRING) {
                throw new MongoProtocolException("a chunk cursor reply has no namespace", null);
            }
            String ns = cursor.string(NS);
            collectionName = ns.substring(ns.indexOf('.') + 1);
        }
        int batch = first ? FIRST_BATCH : NEXT_BATCH;
        bytes = replyBytes;
        if (cursor.type(batch) == ARRAY) {
            int arrayStart = cursor.offset(batch);
            position = arrayStart + 4;
            batchEnd = arrayStart + BsonBytes.readInt(replyBytes, arrayStart) - 1;
        } else {
            position = 0;
            batchEnd = 0;
        }
    }

    private static long cursorId(RawFields cursor) {
        return switch (cursor.type(ID)) {
            case INT64 -> cursor.int64(ID);
            case INT32 -> cursor.int32(ID);
            case DOUBLE -> (long) Double.longBitsToDouble(cursor.int64(ID));
            default -> throw new MongoProtocolException("a chunk cursor reply has no numeric cursor id", null);
        };
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the cursor was closed and cannot be used any more");
        }
    }
}
