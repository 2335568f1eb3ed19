package io.connectmongodb.driver.internal.gridfs;

import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.driver.error.GridFSCorruptFileException;
import io.connectmongodb.driver.gridfs.GridFSFile;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;

/**
 * Reads a file's chunks in order, from a given chunk on, checking each against the files
 * document.
 *
 * <p>A file of {@code length} bytes in chunks of {@code chunkSize} has
 * {@code ceil(length / chunkSize)} chunks numbered from 0; every chunk but the last holds exactly
 * {@code chunkSize} bytes and the last holds the rest. The chunks are asked for sorted by
 * {@code n}, in batches sized by {@link ChunkBatching}, so at most one batch is in memory. A chunk
 * whose {@code n} is not the next expected one means one is missing; a chunk of the wrong size, a
 * chunk without binary data, or any chunk after the last one makes the file corrupt.
 */
final class ChunkReader implements AutoCloseable {
    private final GridFSFile file;
    private final long chunkCount;
    private final MongoCursor<BsonDocument> cursor;
    private long expectedN;

    ChunkReader(BucketCommands commands, GridFSFile file, long firstChunk, int batchSize) {
        this.file = file;
        this.chunkCount = chunkCount(file.getLength(), file.getChunkSize());
        this.expectedN = firstChunk;
        BsonDocument filter = new BsonDocument("files_id", file.getId());
        if (firstChunk > 0) {
            filter.append("n", new BsonDocument("$gte", new BsonInt32((int) firstChunk)));
        }
        this.cursor = commands.findChunks(filter, batchSize, chunk -> chunk);
    }

    static long chunkCount(long length, int chunkSize) {
        return length == 0 ? 0 : (length + chunkSize - 1) / chunkSize;
    }

    /** The expected size of chunk {@code n}. */
    static int expectedSize(long n, long length, int chunkSize) {
        long start = n * chunkSize;
        return (int) Math.min(chunkSize, length - start);
    }

    /** The data of the next chunk, or {@code null} after the last one. */
    byte[] next() {
        if (expectedN >= chunkCount) {
            return null;
        }
        if (!cursor.hasNext()) {
            throw new GridFSCorruptFileException("chunk " + expectedN + " of file " + file.getId() + " is missing (the file has "
                    + chunkCount + " chunks)");
        }
        BsonDocument chunk = cursor.next();
        BsonValue n = chunk.get("n");
        if (n == null || !n.isNumber() || n.asNumber().longValue() != expectedN) {
            throw new GridFSCorruptFileException("chunk " + expectedN + " of file " + file.getId() + " is missing: found chunk "
                    + n + " instead");
        }
        BsonValue data = chunk.get("data");
        if (data == null || !data.isBinary()) {
            throw new GridFSCorruptFileException("chunk " + expectedN + " of file " + file.getId() + " has no binary data");
        }
        byte[] bytes = data.asBinary().getData();
        int expected = expectedSize(expectedN, file.getLength(), file.getChunkSize());
        if (bytes.length != expected) {
            throw new GridFSCorruptFileException("chunk " + expectedN + " of file " + file.getId() + " holds " + bytes.length
                    + " bytes, expected " + expected);
        }
        expectedN++;
        if (expectedN == chunkCount && cursor.hasNext()) {
            throw new GridFSCorruptFileException("file " + file.getId() + " has an extra chunk " + cursor.next().get("n")
                    + " after its last chunk " + (chunkCount - 1));
        }
        return bytes;
    }

    @Override
    public void close() {
        cursor.close();
    }
}
