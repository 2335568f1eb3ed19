package io.connectmongodb.driver.internal.gridfs;

import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.error.MongoCommandException;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;

/**
 * How many chunks go into one insert and one reply batch.
 *
 * <p>A reply's body is a single BSON document, so a batch of chunks must fit in the server's
 * {@code maxBsonObjectSize} (and in {@code maxMessageSizeBytes}), less room for the envelope.
 * Both limits come from the server's {@code hello} (or legacy {@code isMaster}) reply, asked once per bucket. Batches are
 * further capped at {@value #MAX_BATCH_BYTES} bytes of chunk data so that transfers use a small,
 * fixed amount of memory. Asking the server for batches of this size, rather than its default,
 * is what keeps a large download from arriving as one reply that exceeds the message size.
 */
final class ChunkBatching {
    /** Data bytes per batch, whatever the server allows; bounds the memory of a transfer. */
    static final int MAX_BATCH_BYTES = 8 * 1024 * 1024;
    /** Room for the reply or command envelope ({@code cursor}, {@code ns}, {@code ok}, ...). */
    static final int ENVELOPE_BYTES = 16 * 1024;
    /** Room per chunk document beside its data ({@code _id}, {@code files_id}, {@code n}, field names). */
    static final int PER_CHUNK_OVERHEAD_BYTES = 128;
    /**
     * Data bytes per upload insert. Small enough that the batch buffer of an upload stays around
     * a megabyte and the insert message fits in the connection's retained encode buffer, so a
     * steady upload allocates no message buffers; 4 chunks of the default size per round trip.
     */
    static final int MAX_UPLOAD_BATCH_BYTES = 1024 * 1024 + 4 * PER_CHUNK_OVERHEAD_BYTES;
    /** The limits MongoDB has used for years, for servers whose hello omits them. */
    static final int DEFAULT_MAX_BSON_OBJECT_SIZE = 16 * 1024 * 1024;
    static final int DEFAULT_MAX_MESSAGE_SIZE = 48_000_000;

    private static final int COMMAND_NOT_FOUND = 59;

    private final int usableBytes;

    ChunkBatching(int maxBsonObjectSize, int maxMessageSizeBytes) {
        if (maxBsonObjectSize <= ENVELOPE_BYTES || maxMessageSizeBytes <= ENVELOPE_BYTES) {
            throw new IllegalArgumentException("server limits too small for GridFS: maxBsonObjectSize=" + maxBsonObjectSize
                    + ", maxMessageSizeBytes=" + maxMessageSizeBytes);
        }
        this.usableBytes = Math.min(MAX_BATCH_BYTES, Math.min(maxBsonObjectSize, maxMessageSizeBytes) - ENVELOPE_BYTES);
    }

    /** Asks the server ({@code hello}) for its limits. */
    static ChunkBatching fromServer(MongoDatabase database) {
        BsonDocument hello;
        try {
            hello = database.runCommand(new BsonDocument("hello", new BsonInt32(1)), BsonDocument.class);
        } catch (MongoCommandException e) {
            if (e.code() != COMMAND_NOT_FOUND) {
                throw e;
            }
            // servers without hello (older ones, the embedded test server) answer the legacy name
            hello = database.runCommand(new BsonDocument("isMaster", new BsonInt32(1)), BsonDocument.class);
        }
        return new ChunkBatching(limit(hello.get("maxBsonObjectSize"), DEFAULT_MAX_BSON_OBJECT_SIZE),
                limit(hello.get("maxMessageSizeBytes"), DEFAULT_MAX_MESSAGE_SIZE));
    }

    private static int limit(BsonValue value, int fallback) {
        return value != null && value.isNumber() ? value.asNumber().intValue() : fallback;
    }

    /** Chunks of {@code chunkSize} bytes per reply batch; at least 1. */
    int chunksPerBatch(int chunkSize) {
        return Math.max(1, usableBytes / (chunkSize + PER_CHUNK_OVERHEAD_BYTES));
    }

    /** Chunks of {@code chunkSize} bytes per upload insert: {@link #chunksPerBatch} capped at {@link #MAX_UPLOAD_BATCH_BYTES}. */
    int uploadChunksPerBatch(int chunkSize) {
        return Math.max(1, Math.min(usableBytes, MAX_UPLOAD_BATCH_BYTES) / (chunkSize + PER_CHUNK_OVERHEAD_BYTES));
    }
}
