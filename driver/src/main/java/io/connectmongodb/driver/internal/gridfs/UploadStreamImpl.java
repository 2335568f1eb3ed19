package io.connectmongodb.driver.internal.gridfs;

import io.connectmongodb.driver.gridfs.GridFSProgressListener;
import io.connectmongodb.driver.gridfs.GridFSUploadStream;
import java.util.Objects;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.types.ObjectId;

/**
 * The upload stream: bytes go straight into their place in an encoded chunk document of a
 * reusable {@link ChunkBatchBuffer}, and the batch is inserted as soon as it holds
 * {@code chunksPerBatch} chunks ({@link ChunkBatching#uploadChunksPerBatch}). So one batch is in
 * memory, whatever the file size, and the bytes are copied once before the insert message. {@link #close()} inserts
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
    private final ChunkBatchBuffer batch;
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
        this.batch = new ChunkBatchBuffer(id, chunkSize, slots(chunksPerBatch, chunkSize, knownTotal));
    }

    /** A batch's chunks, fewer when the known length needs fewer (a small file gets a small buffer). */
    private static int slots(int chunksPerBatch, int chunkSize, long knownTotal) {
        if (knownTotal < 0) {
            return chunksPerBatch;
        }
        long chunks = Math.max(1, (knownTotal + chunkSize - 1) / chunkSize);
        return (int) Math.min(chunksPerBatch, chunks);
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
        batch.write((byte) b);
        if (batch.openChunkLength() == chunkSize) {
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
            int take = Math.min(remaining, chunkSize - batch.openChunkLength());
            batch.write(source, from, take);
            from += take;
            remaining -= take;
            if (batch.openChunkLength() == chunkSize) {
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
        if (batch.openChunkLength() > 0) {
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
        commands.deleteChunks(new BsonDocument("files_id", id));
    }

    private void completeChunk() {
        length += batch.closeChunk();
        if (batch.chunkCount() >= chunksPerBatch) {
            insertPending();
        }
        if (listener != null) {
            listener.onProgress(length, knownTotal);
        }
    }

    private void insertPending() {
        if (batch.chunkCount() > 0) {
            commands.insertChunks(batch.chunks());
            batch.clear();
        }
    }

    private void ensureOpen() {
        if (finished) {
            throw new IllegalStateException("the GridFS upload stream was closed or aborted");
        }
    }
}
