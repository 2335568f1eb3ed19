package io.connectmongodb.driver.internal.gridfs;

import io.connectmongodb.driver.gridfs.GridFSProgressListener;
import io.connectmongodb.driver.gridfs.GridFSUploadStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonObjectId;
import org.bson.BsonValue;
import org.bson.types.ObjectId;

/**
 * The upload stream: bytes fill a buffer of one chunk; each full chunk becomes a chunk document,
 * and chunk documents are inserted as soon as a batch ({@link ChunkBatching}) is complete. So at
 * most one batch plus one chunk are in memory, whatever the file size. {@link #close()} inserts
 * the last, possibly short, chunk and then the files document with the final length; until then
 * the file is not visible to readers. {@link #abort()} deletes the chunks already inserted.
 */
final class UploadStreamImpl extends GridFSUploadStream {
    private final BucketCommands commands;
    private final BsonValue id;
    private final String filename;
    private final int chunkSize;
    private final BsonDocument metadata;
    private final int chunksPerBatch;
    private final long knownTotal;
    private final GridFSProgressListener listener;
    private final byte[] buffer;
    private final List<BsonDocument> pending = new ArrayList<>();
    private int buffered;
    private int nextN;
    private long length;
    private boolean finished;

    /** @param knownTotal the final length when known in advance (for progress), else -1 */
    UploadStreamImpl(BucketCommands commands, BsonValue id, String filename, int chunkSize, BsonDocument metadata,
                     int chunksPerBatch, long knownTotal, GridFSProgressListener listener) {
        this.commands = commands;
        this.id = id;
        this.filename = filename;
        this.chunkSize = chunkSize;
        this.metadata = metadata;
        this.chunksPerBatch = chunksPerBatch;
        this.knownTotal = knownTotal;
        this.listener = listener;
        this.buffer = new byte[chunkSize];
    }

    @Override
    public BsonValue getId() {
        return id;
    }

    @Override
    public ObjectId getObjectId() {
        if (!id.isObjectId()) {
            throw new IllegalStateException("this upload's id is a " + id.getBsonType() + ", not an ObjectId; use getId()");
        }
        return id.asObjectId().getValue();
    }

    @Override
    public void write(int b) {
        ensureOpen();
        buffer[buffered++] = (byte) b;
        if (buffered == chunkSize) {
            completeChunk();
        }
    }

    @Override
    public void write(byte[] source, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, source.length);
        ensureOpen();
        int remaining = count;
        int from = offset;
        while (remaining > 0) {
            int take = Math.min(remaining, chunkSize - buffered);
            System.arraycopy(source, from, buffer, buffered, take);
            buffered += take;
            from += take;
            remaining -= take;
            if (buffered == chunkSize) {
                completeChunk();
            }
        }
    }

    /** Inserts the last chunk and the files document. Calling it again does nothing. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        if (buffered > 0) {
            completeChunk();
        }
        insertPending();
        commands.insertFile(FilesDocuments.newFilesDocument(id, filename, length, chunkSize, System.currentTimeMillis(), metadata));
        if (listener != null) {
            listener.onProgress(length, length);
        }
    }

    @Override
    public void abort() {
        if (finished) {
            throw new IllegalStateException("the upload was already closed or aborted");
        }
        finished = true;
        pending.clear();
        commands.deleteChunks(new BsonDocument("files_id", id));
    }

    private void completeChunk() {
        BsonDocument chunk = new BsonDocument("_id", new BsonObjectId())
                .append("files_id", id)
                .append("n", new BsonInt32(nextN))
                .append("data", new BsonBinary(Arrays.copyOf(buffer, buffered)));
        pending.add(chunk);
        length += buffered;
        buffered = 0;
        if (nextN == Integer.MAX_VALUE) {
            throw new IllegalStateException("a GridFS file cannot have more than " + Integer.MAX_VALUE + " chunks");
        }
        nextN++;
        if (pending.size() >= chunksPerBatch) {
            insertPending();
        }
        if (listener != null) {
            listener.onProgress(length, knownTotal);
        }
    }

    private void insertPending() {
        if (!pending.isEmpty()) {
            commands.insertChunks(pending);
            pending.clear();
        }
    }

    private void ensureOpen() {
        if (finished) {
            throw new IllegalStateException("the GridFS upload stream was closed or aborted");
        }
    }
}
